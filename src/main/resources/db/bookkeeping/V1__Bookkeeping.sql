-- The application's own bookkeeping, kept apart from the graph so that no workbench query can reach it.

-- Accounts: passwords only as hashes of the delegating encoder (bcrypt).
CREATE TABLE user_account (
    username      VARCHAR(1000) PRIMARY KEY,
    password_hash VARCHAR(500) NOT NULL,
    roles         VARCHAR(40) ARRAY NOT NULL,
    regions       VARCHAR(200) ARRAY NOT NULL,
    enabled       BOOLEAN NOT NULL,
    created_at    TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(9) WITH TIME ZONE
);

-- The audit trail: read newest first, filtered by action prefix and user.
CREATE TABLE audit_entry (
    id          VARCHAR(100) PRIMARY KEY,
    recorded_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    user_name   VARCHAR,
    action      VARCHAR(1000) NOT NULL,
    target      CHARACTER LARGE OBJECT,
    outcome     VARCHAR(100),
    details     CHARACTER LARGE OBJECT
);
CREATE INDEX audit_entry_recorded_at ON audit_entry (recorded_at);

-- Users' own saved workbench queries: only their owner sees them.
CREATE TABLE saved_query (
    id          VARCHAR(100) PRIMARY KEY,
    owner       VARCHAR(1000) NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    description CHARACTER LARGE OBJECT NOT NULL,
    query       CHARACTER LARGE OBJECT NOT NULL,
    params      CHARACTER LARGE OBJECT NOT NULL,
    created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX saved_query_owner ON saved_query (owner);

-- Saved explorer scenes: changed only by their owner, opened by anyone who has the link (the random id).
CREATE TABLE scene (
    id         VARCHAR(100) PRIMARY KEY,
    owner      VARCHAR(1000) NOT NULL,
    name       VARCHAR(1000) NOT NULL,
    nodes      CHARACTER LARGE OBJECT NOT NULL,
    node_count INTEGER NOT NULL,
    filters    CHARACTER LARGE OBJECT NOT NULL,
    view_state CHARACTER LARGE OBJECT NOT NULL,
    created_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
CREATE INDEX scene_owner ON scene (owner);

-- Scheduled reports, with the e-mail addresses they go to.
CREATE TABLE report_schedule (
    id           VARCHAR(100) PRIMARY KEY,
    report       VARCHAR(200) NOT NULL,
    cron         VARCHAR(200) NOT NULL,
    format       VARCHAR(20) NOT NULL,
    lang         VARCHAR(20) NOT NULL,
    region       VARCHAR(200),
    recipients   VARCHAR(1000) ARRAY NOT NULL,
    created_by   VARCHAR(1000),
    created_at   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    last_run_at  TIMESTAMP(9) WITH TIME ZONE,
    last_outcome CHARACTER LARGE OBJECT
);
