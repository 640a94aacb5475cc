package vn.onestop.support.audit;

/**
 * Where an event came from: the endpoint (method and raw, still percent-encoded path), the OAuth
 * client the token was issued to, and the caller's address as the service saw it (the forwarded
 * address behind a trusted proxy).
 */
public record AuditSource(String location, String clientId, String ip) {

    /** What jobs, timers and start-up work record: there is no request behind them. */
    public static final AuditSource BACKGROUND = new AuditSource("background", null, null);
}
