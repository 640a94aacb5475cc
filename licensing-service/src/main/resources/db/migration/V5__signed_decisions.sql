-- Officials' signing certificates, bound to the account (token issuer + subject) that registered
-- them. A revoked certificate stays here: decisions signed before revoked_at remain verifiable.
create table official_certificate (
    id                 uuid primary key,
    official_issuer    varchar(500)  not null,
    official_subject   varchar(255)  not null,
    fingerprint_sha256 varchar(64)    not null unique,
    subject_dn         varchar(1000) not null,
    issuer_dn          varchar(1000) not null,
    serial_number      varchar(100)  not null,
    not_before         timestamptz   not null,
    not_after          timestamptz   not null,
    certificate_der    bytea         not null,
    chain_der          jsonb         not null,
    registered_at      timestamptz   not null,
    revoked_at         timestamptz,
    revoked_by         varchar(255),
    revocation_reason  varchar(500),
    version            bigint        not null default 0
);
create index official_certificate_owner_idx on official_certificate (official_issuer, official_subject);

-- Every decision is a signed legal act: the exact canonical document (RFC 8785), its hash, the
-- detached JWS over it, the certificate used and what the verification found. Decisions of a case
-- form a chain through previous_hash.
alter table stage_decision
    add column document         text          not null,
    add column document_hash    varchar(64)    not null unique,
    add column previous_hash    varchar(64),
    add column signature        text          not null,
    add column certificate_id   uuid          not null references official_certificate (id),
    add column verification     jsonb         not null;
