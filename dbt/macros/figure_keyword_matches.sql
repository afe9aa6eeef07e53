{#- The keywords of the `figure_keywords` seed that a folded text matches, as a list of
    structs {keyword: row number, match_length: length of the match}. Each pattern is written
    into the SQL as a constant: DuckDB compiles a constant regular expression once, whereas a
    pattern read from a joined column is compiled again for every row (measured: 100 s
    instead of 2 s for 15,000 figures). The seed is read when the model runs. -#}
{% macro figure_keyword_matches(text, sentence) -%}
    {%- if execute -%}
        {%- set keywords = run_query(
            "select row_number() over (order by category, language, pattern, context_pattern) as keyword, "
            ~ "pattern, context_pattern from " ~ ref('figure_keywords') ~ " order by keyword"
        ) -%}
    {%- else -%}
        {%- set keywords = [] -%}
    {%- endif -%}
    list_filter([
    {%- for row in keywords %}
        {'keyword': {{ row[0] }}, 'match_length': length(regexp_extract({{ text }}, {{ sql_string('\\b(' ~ row[1] ~ ')\\b') }}))
            {%- if row[2] %} * regexp_matches(coalesce({{ sentence }}, ''), {{ sql_string(row[2]) }})::integer{% endif %}}
        {%- if not loop.last %},{% endif %}
    {%- endfor %}
    ]::struct(keyword integer, match_length integer)[], lambda m: m.match_length > 0)
{%- endmacro %}

{#- A SQL string literal holding `value` (quotes doubled). -#}
{% macro sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}
