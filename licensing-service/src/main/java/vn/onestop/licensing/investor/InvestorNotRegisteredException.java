package vn.onestop.licensing.investor;

/** investor-service knows no investor for the account. */
class InvestorNotRegisteredException extends RuntimeException {
    InvestorNotRegisteredException() {
        super("No investor registered for this account", null, false, false);
    }
}
