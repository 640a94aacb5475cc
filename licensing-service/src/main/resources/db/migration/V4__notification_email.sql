-- E-mail copies of notifications go out through an outbox: the notification row is written with
-- the change, and a scheduled sender delivers it after commit, retrying while SMTP or the investor
-- register is unavailable. Nothing is e-mailed for a change that rolled back.
alter table notification
    add column email_status   varchar(10),
    add column email_attempts integer not null default 0,
    add column emailed_at     timestamptz,
    add column email_error    varchar(500),
    add constraint notification_email_status_check
        check (email_status in ('PENDING', 'SENT', 'FAILED'));

create index notification_email_pending_idx on notification (created_at) where email_status = 'PENDING';
