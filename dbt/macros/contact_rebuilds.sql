{#-
    The contact marts (`contacts`, `release_contacts`) are built incrementally from
    `int_contacts__by_release`: a run rebuilds what that model rebuilt since the mart last
    read it (`release_contacts`: those rows; `contacts`: the people they are, and the people
    who lost a row), replacing rows by `unique_key`, and drops what left it. Each row of
    `int_contacts__by_release` carries the build that wrote it (`built_at`); each mart keeps
    the builds whose rows it has read in a table of its own, `intermediate.<mart>__builds_read`
    (one per mart: the two run at once). A set rather than a time: a clock set back cannot
    hide a build, and a build that failed before the mart ran is read by the next one.
    Used as `{{ config(**incremental_by_contact('contact_key')) }}` with
    `where contact_key in {{ rebuilt_since_read('contact_key') }}` on an incremental run.
-#}
{% macro incremental_by_contact(unique_key) %}
    {%- set by_release = "{{ ref('int_contacts__by_release') }}" -%}
    {{ return({
        'materialized': 'incremental',
        'unique_key': unique_key,
        'incremental_strategy': 'delete+insert',
        'on_schema_change': 'fail',
        'pre_hook': "create table if not exists {{ builds_read() }} "
            ~ "(built_at timestamp with time zone)",
        'post_hook': [
            "delete from {{ this }} as kept where not exists (select 1 from " ~ by_release
                ~ " as src where src." ~ unique_key ~ " = kept." ~ unique_key ~ ")",
            "create or replace table {{ builds_read() }} as select distinct built_at from "
                ~ by_release,
        ],
    }) }}
{% endmacro %}

{#- The `column` (a key) of the rows of `int_contacts__by_release` written by a build this
    mart has not read yet, as a subquery. -#}
{% macro rebuilt_since_read(column) -%}
    (
        select seen.{{ column }}
        from {{ ref('int_contacts__by_release') }} as seen
        where not exists (
            select 1 from {{ builds_read() }} as done where done.built_at = seen.built_at
        )
    )
{%- endmacro %}

{#- The table of the builds of `int_contacts__by_release` this mart has read. -#}
{% macro builds_read() -%}
    intermediate.{{ this.identifier }}__builds_read
{%- endmacro %}
