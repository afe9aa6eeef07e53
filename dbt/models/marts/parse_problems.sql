{#-
    What the parser could not do with a file (contact text it could not read, a phone number
    it could not parse, a file that failed), with the file's name: the table the run's
    "parse problems recorded" warning points to. A table, rebuilt on every run (problems are
    few).
-#}

with

problems as (
    select * from {{ ref('stg_parsed__parse_problems') }}
),

files as (
    select sha256, source_file_name from {{ ref('stg_landing__files') }}
)

select
    problems.sha256 || '-p' || row_number() over (
        partition by problems.sha256
        order by problems.parser_version, problems.stage, problems.reason, problems.detail,
            problems.recorded_at
    ) as parse_problem_key,
    problems.sha256,
    files.source_file_name,
    problems.parser_version,
    problems.stage,
    problems.reason,
    problems.detail,
    problems.recorded_at
from problems
left join files using (sha256)
