{#-
    Which rows the costly data tests read: on a `dbt build`, only the rows of releases parsed
    since the last build whose every node passed (the rows before were tested then and the
    incremental marts keep them as they were); on a full refresh or a `dbt test`, every row.
    State lives in the warehouse (schema `intermediate`):
    - `tested_releases`: each release (`release_key`, `parsed_at`) of marts.releases after the
      last build that built every incremental model and passed every test;
    - `test_scope.since`: the earliest `parsed_at` of the staged releases not in
      `tested_releases` (`-infinity`: every row; `infinity`: none). A time, not a list of
      releases, so that a test filters with a comparison instead of a join; a parse clock that
      went backwards only makes the tests read more rows.
    A failed build leaves `tested_releases` as it was: the next build tests its rows again.
-#}

{#- on-run-start: fix this command's scope before any model changes the marts. -#}
{% macro begin_test_scope() -%}
    {%- set scoped = flags.WHICH == 'build' and not flags.FULL_REFRESH -%}
    {#- the `parsed` source's releases (hooks see no `source()` nor the graph's sources) -#}
    {%- set staged = 'staging.releases' -%}
    create schema if not exists intermediate;
    create table if not exists intermediate.tested_releases (
        release_key varchar, parsed_at timestamp with time zone
    );
    create or replace table intermediate.test_scope as
    select
    {%- if scoped %}
        coalesce(
            (
                select min(staged.parsed_at) from {{ staged }} as staged
                where not exists (
                    select 1 from intermediate.tested_releases as tested
                    where tested.release_key = staged.release_id
                        and tested.parsed_at = staged.parsed_at
                )
            ),
            'infinity'::timestamp with time zone
        )
    {%- else %}
        '-infinity'::timestamp with time zone
    {%- endif %} as since
{%- endmacro %}

{#- on-run-end: a build that built every incremental model and passed every test has tested
    every release it holds. -#}
{% macro end_test_scope(results) -%}
    {%- if execute and flags.WHICH == 'build' -%}
        {%- set passed = ['success', 'pass', 'warn'] -%}
        {%- set failed = results | rejectattr('status', 'in', passed) | list -%}
        {%- set built = results | map(attribute='node') | selectattr('resource_type', 'equalto', 'model')
            | map(attribute='unique_id') | list -%}
        {%- set incremental = graph.nodes.values() | selectattr('resource_type', 'equalto', 'model')
            | selectattr('config.materialized', 'equalto', 'incremental')
            | map(attribute='unique_id') | list -%}
        {%- if not failed and incremental | reject('in', built) | list | length == 0 -%}
        {#- brought up to date rather than written again: a build changes few releases -#}
        {%- set releases = graph.nodes['model.pressroom.releases'].relation_name %}
    delete from intermediate.tested_releases as tested
    where not exists (
        select 1 from {{ releases }} as releases
        where releases.release_key = tested.release_key and releases.parsed_at = tested.parsed_at
    );
    insert into intermediate.tested_releases
    select release_key, parsed_at
    from {{ releases }} as releases
    where not exists (
        select 1 from intermediate.tested_releases as tested
        where tested.release_key = releases.release_key and tested.parsed_at = releases.parsed_at
    )
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

{#- The rows of this command's scope, for a singular test
    (`where {{ parsed_in_scope('releases.parsed_at') }}`); a generic test's `where` config
    uses the var `parsed_in_scope`, the same condition on `parsed_at`. -#}
{% macro parsed_in_scope(column='parsed_at') -%}
    {{ var('parsed_in_scope') | replace('parsed_at', column) }}
{%- endmacro %}
