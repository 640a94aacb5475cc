package vn.onestop.investor.investor.model;

/** Where an investor record stands with the authority. Only VERIFIED investors may submit. */
public enum InvestorStatus {
    PENDING_VERIFICATION,
    VERIFIED,
    REJECTED,
    SUSPENDED
}
