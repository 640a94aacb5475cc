-- Version 1 is the Camunda engine schema (workflow module, CamundaEngineSchema). The
-- application's tables share this database so that a case step and its engine state commit in
-- one local transaction.

create sequence application_reference_seq;

-- A project application: a draft edited by its investor, then a case driven by the workflow.
create table application (
    id                      uuid primary key,
    version                 bigint        not null,
    reference               varchar(20)   not null unique,
    investor_id             uuid          not null,
    owner_issuer            varchar(500)  not null,
    owner_subject           varchar(255)  not null,
    project_name            varchar(300)  not null,
    objectives              varchar(4000) not null,
    sector_code             varchar(10)   not null,
    park                    varchar(200)  not null,
    zone                    varchar(100),
    land_area_m2            numeric(14, 2) not null check (land_area_m2 > 0),
    capital_amount          numeric(22, 2) not null check (capital_amount > 0),
    capital_currency        varchar(3)    not null check (capital_currency in ('VND', 'USD')),
    construction_start      date,
    operation_start         date,
    expected_employees      integer       not null check (expected_employees >= 0),
    environmental_category  varchar(3)    not null check (environmental_category in ('I', 'II', 'III', 'IV')),
    status                  varchar(30)   not null,
    rule_set                varchar(30),
    content_hash            varchar(64),
    submitted_at            timestamptz,
    statutory_due_date      date,
    ended_at                timestamptz,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);
create index application_owner_idx on application (owner_issuer, owner_subject, created_at desc);
create index application_status_idx on application (status, created_at desc);

-- Submissions retried with the same Idempotency-Key get the first result.
create table submission_key (
    owner_issuer    varchar(500) not null,
    owner_subject   varchar(255) not null,
    idempotency_key varchar(100) not null,
    application_id  uuid         not null references application (id),
    created_at      timestamptz  not null,
    primary key (owner_issuer, owner_subject, idempotency_key)
);

-- Periods during which the statutory clock stood still (a supplement was owed).
create table clock_pause (
    id              bigint generated always as identity primary key,
    application_id  uuid        not null references application (id),
    paused_from     date        not null,
    paused_until    date,
    stage           varchar(40) not null
);
create index clock_pause_application_idx on clock_pause (application_id);

-- Every official outcome, with who decided and why.
create table stage_decision (
    id                uuid primary key,
    application_id    uuid          not null references application (id),
    task_id           varchar(64)   not null unique,
    stage             varchar(40)   not null,
    outcome           varchar(40)   not null,
    comment           varchar(4000),
    official_issuer   varchar(500)  not null,
    official_subject  varchar(255)  not null,
    official_username varchar(255)  not null,
    reasons           jsonb         not null,
    decided_at        timestamptz   not null
);
create index stage_decision_application_idx on stage_decision (application_id, decided_at);

create sequence licence_number_seq;

-- The Investment Registration Certificate; at most one per application.
create table licence (
    id                  uuid primary key,
    application_id      uuid          not null unique references application (id),
    certificate_number  varchar(30)   not null unique,
    project_code        varchar(30),
    issued_at           timestamptz   not null,
    issued_on           date          not null
);

-- What the investor is told (in the app; by e-mail when SMTP is configured).
create table notification (
    id                uuid primary key,
    application_id    uuid          not null references application (id),
    recipient_issuer  varchar(500)  not null,
    recipient_subject varchar(255)  not null,
    kind              varchar(40)   not null,
    message           varchar(2000) not null,
    created_at        timestamptz   not null,
    read_at           timestamptz
);
create index notification_recipient_idx on notification (recipient_issuer, recipient_subject, created_at desc);

-- Same layout as investor-service's audit table (service-support's AuditEvent).
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
