package vn.onestop.licensing.security;

import java.util.Set;

/** Realm roles of the licensing realm that this service authorizes on. */
public final class Roles {
    public static final String INVESTOR = "investor";
    public static final String RECEPTION = "reception";
    public static final String ENVIRONMENT = "environment";
    public static final String APPRAISAL = "appraisal";
    public static final String APPROVER = "approver";
    public static final String AUDITOR = "auditor";

    /** Consulted agencies' officials (with an {@code agency-*} role naming the agency). */
    public static final String AGENCY = "agency";

    /** The realm roles naming each consulted agency; their consultation tasks carry it as group. */
    public static final String AGENCY_PREFIX = "agency-";

    /** Manages the officials' signing certificates (revocation). */
    public static final String ADMINISTRATOR = "administrator";

    /** Officials who work case stages; approvers also supervise (reassign tasks). */
    public static final Set<String> OFFICIALS = Set.of(RECEPTION, ENVIRONMENT, APPRAISAL, APPROVER);

    private Roles() {}
}
