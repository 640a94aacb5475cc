-- The officials who have signed in to the workspace, with the groups their token carried then:
-- a supervisor hands a task only to an official who holds one of its groups. Keycloak stays the
-- source of truth; this is what the service last saw of it (see licensing-service/README.md).
create table official (
    subject       varchar(255) primary key,
    issuer        varchar(500) not null,
    username      varchar(255) not null,
    display_name  varchar(500),
    groups        jsonb        not null,
    first_seen_at timestamptz  not null,
    last_seen_at  timestamptz  not null
);
create index official_groups on official using gin (groups jsonb_path_ops);
