{#- One regular expression matching any name of the `country_names` seed as a whole word of a
    folded text (`fold_text`), as a SQL string constant: a text it does not match names no
    country, so the name-by-name search can skip it. Written into the SQL as a constant, which
    DuckDB compiles once (see `figure_keyword_matches`); the seed is read when the model runs. -#}
{% macro country_names_pattern() -%}
    {%- if execute -%}
        {%- set pattern = run_query(
            "select '\\b(' || string_agg(distinct regexp_escape(" ~ fold_text('name') ~ "), '|' "
            ~ "order by regexp_escape(" ~ fold_text('name') ~ ")) || ')\\b' from "
            ~ ref('country_names')
        ).columns[0].values()[0] -%}
    {%- else -%}
        {%- set pattern = '' -%}
    {%- endif -%}
    {{ sql_string(pattern) }}
{%- endmacro %}
