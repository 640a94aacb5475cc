-- A draft is saved page by page, so any project field may still be missing while it is a draft.
-- Submission checks that none is (DossierRequirements); this constraint keeps the promise that a
-- submitted case always has them, whatever code writes the row.
alter table application
    alter column project_name           drop not null,
    alter column objectives             drop not null,
    alter column sector_code            drop not null,
    alter column park                   drop not null,
    alter column land_area_m2           drop not null,
    alter column capital_amount         drop not null,
    alter column capital_currency       drop not null,
    alter column expected_employees     drop not null,
    alter column environmental_category drop not null,
    add constraint application_submitted_complete check (
        status = 'DRAFT'
        or (project_name is not null and objectives is not null and sector_code is not null
            and park is not null and land_area_m2 is not null and capital_amount is not null
            and capital_currency is not null and expected_employees is not null
            and environmental_category is not null));
