{#- The incremental filter of the release-keyed models: on an incremental run, keep only the
    releases (aliased `stg`) parsed since this model last saw them, i.e. new releases and
    releases re-parsed by a new parser version. Nothing on a full build. -#}
{% macro parsed_since_last_run() -%}
    {% if is_incremental() %}
    where not exists (
        select 1 from {{ this }} as done
        where done.release_key = stg.release_key and done.parsed_at = stg.parsed_at
    )
    {% endif %}
{%- endmacro %}
