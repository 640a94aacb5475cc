-- Investors, one per OIDC account (issuer + subject).
create table investor (
    id                          uuid primary key,
    version                     bigint       not null,
    owner_issuer                varchar(500) not null,
    owner_subject               varchar(255) not null,
    type                        varchar(20)  not null check (type in ('INDIVIDUAL', 'ORGANIZATION')),
    legal_name                  varchar(300) not null,
    country                     varchar(2)   not null,
    identity_document_type      varchar(40)  not null,
    identity_document_number    varchar(50)  not null,
    identity_document_country   varchar(2)   not null,
    identity_document_expires_on date,
    address_street              varchar(300) not null,
    address_city                varchar(100) not null,
    address_postal_code         varchar(20),
    address_country             varchar(2)   not null,
    contact_email               varchar(254) not null,
    contact_phone               varchar(40)  not null,
    representative_full_name    varchar(200),
    representative_position     varchar(100),
    representative_nationality  varchar(2),
    status                      varchar(30)  not null
        check (status in ('PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    status_reason               varchar(2000),
    status_changed_at           timestamptz  not null,
    created_at                  timestamptz  not null,
    updated_at                  timestamptz  not null,
    constraint investor_owner_unique unique (owner_issuer, owner_subject)
);

-- The officials' list filters on status and sorts newest first.
create index investor_status_created_idx on investor (status, created_at desc);
create index investor_created_idx on investor (created_at desc, id);

-- Append-only record of every state change, written in the changing transaction. The hash chain
-- (sequence, previous hash, hash) is added by a later migration without rewriting these rows.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    actor_issuer    varchar(500) not null,
    actor_subject   varchar(255) not null,
    actor_username  varchar(255) not null,
    actor_roles     varchar(500) not null,
    action          varchar(60)  not null,
    target_type     varchar(40)  not null,
    target_id       varchar(100) not null,
    details         jsonb        not null
);

create index audit_event_target_idx on audit_event (target_type, target_id, id);
