-- Landing and staging tables of the working warehouse. Idempotent: run at every connect.
-- dbt reads these as sources (dbt/models/staging/_sources.yml); keep both in step.

create schema if not exists landing;
create schema if not exists staging;

-- Every file accepted as a release, stored byte for byte under landing/raw/.
create table if not exists landing.files (
    sha256          varchar primary key,   -- content address
    original_name   varchar not null,      -- file name as received
    source_path     varchar not null,      -- where it was received from
    size_bytes      bigint  not null,
    encoding        varchar,               -- detected text encoding
    stored_path     varchar not null,      -- landing/raw/<sha[:2]>/<sha>, relative to the root
    name_version    integer not null,      -- 1 for the first content seen under this name, 2 ...
    landed_at       timestamptz not null,
    flow_run_id     varchar                -- Prefect flow run, null outside Prefect
);

-- Every file refused as a release, kept byte for byte under landing/quarantine/.
create table if not exists landing.quarantine (
    sha256          varchar primary key,
    original_name   varchar not null,
    source_path     varchar not null,
    size_bytes      bigint  not null,
    reason_code     varchar not null,      -- empty | binary | undecodable | oversize | not_a_release
    reason          varchar not null,      -- what a person reads
    stored_path     varchar,
    quarantined_at  timestamptz not null,
    flow_run_id     varchar
);

-- Inbox entries refused without being opened, one row per path and reason (the last sighting).
create table if not exists landing.skipped (
    source_path     varchar not null,      -- absolute path, odd bytes escaped (\xNN)
    reason_code     varchar not null,      -- symlink | special | hidden
    reason          varchar not null,      -- what a person reads
    seen_at         timestamptz not null,
    flow_run_id     varchar,
    primary key (source_path, reason_code)
);

-- The file-system signature of every inbox path landing has read, with the sha256 its content
-- had: a path whose signature is unchanged is a duplicate without being read (pressroom.landing).
create table if not exists landing.inbox_index (
    source_path     varchar primary key,   -- as in landing.files (absolute, odd bytes escaped)
    size_bytes      bigint  not null,
    mtime_ns        bigint  not null,
    ctime_ns        bigint  not null,
    inode           ubigint not null,
    device          ubigint not null,
    read_ns         bigint  not null,      -- when it was read (wall clock, ns since the epoch)
    sha256          varchar not null,      -- the content read under this signature
    indexed_at      timestamptz not null
);

-- Which parser version parsed which file: files absent here for the current version get parsed.
create table if not exists staging.parsed_files (
    sha256          varchar not null,
    parser_version  varchar not null,
    status          varchar not null,      -- parsed | failed
    release_count   integer not null,
    parsed_at       timestamptz not null,
    primary key (sha256, parser_version)
);

-- Parse attempts per file and parser version, counted before each batch is parsed: a file whose
-- attempts never finish (the process was killed on it) is parsed alone, then given up on.
create table if not exists staging.parse_attempts (
    sha256          varchar not null,
    parser_version  varchar not null,
    attempts        integer not null,
    last_started_at timestamptz not null,
    primary key (sha256, parser_version)
);

-- The parsed rows of each file. No PRIMARY KEY on these tables: their keys (release_id;
-- release_id, position; contact_id; contact_id, position; statistic_id) are unique by
-- construction (a batch deletes its files' rows and inserts them in one transaction, the ids
-- derive from the file's sha256), and the staging gate checks them (expectations/staging/, a
-- duplicate is a structural failure that stops the run). An index would cost every batch's
-- INSERT and every checkpoint (DuckDB writes the whole index) and hold memory for nothing;
-- db.py drops it from warehouses made before.
create table if not exists staging.releases (
    release_id      varchar not null,      -- <sha256>-<release_index>
    sha256          varchar not null,
    release_index   integer not null,      -- 0 for the first release of a file
    parser_version  varchar not null,
    title           varchar,
    language        varchar,
    template        varchar,
    dateline        varchar,
    country         varchar,
    published_on    date,
    lead            varchar,
    word_count      integer,
    parsed_at       timestamptz not null
);

create table if not exists staging.paragraphs (
    release_id      varchar not null,
    sha256          varchar not null,
    parser_version  varchar not null,
    position        integer not null,
    section         varchar not null,      -- lead | body | contact
    text            varchar not null
);

create table if not exists staging.contacts (
    contact_id      varchar not null,      -- <release_id>-c<position>
    release_id      varchar not null,
    sha256          varchar not null,
    parser_version  varchar not null,
    position        integer not null,
    name            varchar,
    office          varchar
);

create table if not exists staging.contact_points (
    contact_id      varchar not null,
    release_id      varchar not null,
    sha256          varchar not null,
    parser_version  varchar not null,
    position        integer not null,
    kind            varchar not null,      -- email | phone | mobile | fax
    value           varchar not null,      -- lower-case e-mail, or E.164 phone
    extension       varchar,
    raw             varchar,               -- as written
    is_valid        boolean not null       -- false: a historical number today's plan rejects
);

create table if not exists staging.statistics (
    statistic_id    varchar not null,      -- <release_id>-s<position>
    release_id      varchar not null,
    sha256          varchar not null,
    parser_version  varchar not null,
    position        integer not null,
    value           double not null,
    value_max       double,
    unit            varchar not null,
    qualifier       varchar not null,
    subject         varchar,
    period_start    integer,
    period_end      integer,
    text            varchar not null,
    sentence        varchar,
    paragraph       integer,
    char_start      integer,
    char_end        integer
);

-- Every number the statistics extractor read and turned down, with the rule and the reason.
create table if not exists staging.rejected_figures (
    release_id      varchar not null,
    sha256          varchar not null,
    parser_version  varchar not null,
    position        integer not null,      -- 0, 1 ... within the release, title first
    text            varchar not null,      -- the span turned down ("985", "cinq mois")
    rule            varchar not null,      -- year | duration | document_number | masked | ...
    reason          varchar not null,      -- what a person reads
    sentence        varchar,               -- the sentence holding the span
    paragraph       integer not null,      -- staging.paragraphs.position; -1 = the title
    char_start      integer not null,      -- offsets of `text` in that paragraph (or title)
    char_end        integer not null
);

create table if not exists staging.parse_problems (
    sha256          varchar not null,
    parser_version  varchar not null,
    stage           varchar not null,
    reason          varchar not null,
    detail          varchar,
    recorded_at     timestamptz not null
);
