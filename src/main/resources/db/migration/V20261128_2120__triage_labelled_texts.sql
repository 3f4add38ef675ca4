-- Categories people chose for case texts at the centre's human triage: training data for the
-- classifier's next retrain (POST /api/triage/retrain). One row per case (a later choice replaces
-- the earlier); rows without a case are labels given outside a case.
create table triage.labelled_texts (
    id            bigserial primary key,
    case_id       text unique,
    text          text not null,
    category_code text not null,
    suggested     text,
    labelled_by   text not null,
    labelled_at   timestamp with time zone not null
);
