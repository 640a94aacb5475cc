-- The audit trail becomes a hash chain (see service-support's AuditChain) and gains the NIST AU-3
-- fields it lacked: where (service, endpoint), source (client, address) and outcome.
alter table audit_event
    add column service      varchar(60),
    add column outcome      varchar(20)  not null default 'SUCCESS',
    add column location     varchar(300) not null default 'background',
    add column client_id    varchar(255),
    add column source_ip    varchar(64),
    add column seq          bigint unique,
    add column content_hash varchar(64),
    add column prev_hash    varchar(64),
    add column hash         varchar(64);
update audit_event set service = 'investor-service';
alter table audit_event alter column service set not null;
alter table audit_event add constraint audit_event_chained_whole
    check ((seq is null) = (hash is null) and (hash is null) = (content_hash is null)
           and (hash is null) = (prev_hash is null));
create index audit_event_unchained_idx on audit_event (id) where seq is null;
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_actor_idx on audit_event (actor_subject);

-- The single row every committing writer locks to append: the serialization point of the chain.
-- Rows up to earlier_until_id were written before the chain existed and are chained once at start.
create table audit_chain_head (
    id               smallint     primary key check (id = 1),
    last_seq         bigint       not null,
    last_hash        varchar(64)  not null,
    earlier_until_id bigint       not null,
    updated_at       timestamptz  not null
);
insert into audit_chain_head
select 1, 0, repeat('0', 64), coalesce(max(id), 0), now() from audit_event;

-- Sealed statements of the chain (compact JWS with the e-seal); see AuditCheckpoints.
create table audit_checkpoint (
    id        bigint generated always as identity primary key,
    from_seq  bigint       not null,
    to_seq    bigint       not null,
    head_hash varchar(64)  not null,
    sealed_at timestamptz  not null,
    jws       text         not null
);
create index audit_checkpoint_range_idx on audit_checkpoint (to_seq, from_seq);
