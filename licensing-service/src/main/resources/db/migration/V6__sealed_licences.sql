-- The investor's registered name, as investor-service gave it at submission: it is printed on the
-- licence, which is issued later by a background job that should not depend on another service.
alter table application add column investor_name varchar(300);

-- The sealed Investment Registration Certificate (PDF, PAdES) and its hash; a licence can be
-- revoked, which public verification reports.
alter table licence
    add column pdf                bytea,
    add column pdf_sha256         varchar(64),
    add column sealed_at          timestamptz,
    add column approval_hash      varchar(64),
    add column revoked_at         timestamptz,
    add column revocation_reason  varchar(500);
