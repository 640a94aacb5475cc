-- Dossier documents: every uploaded version is kept; a new upload of a type supersedes the
-- current one. Contents live in their own table so lists never read the bytes.
create table dossier_document (
    id              uuid primary key,
    application_id  uuid          not null references application (id),
    document_type   varchar(40)   not null,
    filename        varchar(200)  not null,
    size_bytes      bigint        not null check (size_bytes > 0),
    sha256          varchar(64)   not null,
    uploaded_at     timestamptz   not null,
    uploaded_by     varchar(255)  not null,
    superseded_at   timestamptz
);
create index dossier_document_application_idx on dossier_document (application_id, uploaded_at);

create table document_content (
    document_id  uuid primary key references dossier_document (id),
    content      bytea not null
);
