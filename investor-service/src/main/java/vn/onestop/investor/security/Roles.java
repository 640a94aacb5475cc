package vn.onestop.investor.security;

/** Realm roles of the licensing realm that this service authorizes on. */
public final class Roles {
    public static final String INVESTOR = "investor";
    public static final String RECEPTION = "reception";
    public static final String AUDITOR = "auditor";

    /**
     * Held by the service accounts of other services of the suite (licensing-service's client
     * credentials) that read investor status; never by people.
     */
    public static final String INVESTOR_STATUS_READER = "investor-status-reader";

    private Roles() {}
}
