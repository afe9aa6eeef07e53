{#- The keywords of the `figure_keywords` seed that a folded text matches, as a list of
    structs {keyword: row number, match_length: length of the match}. Each pattern is written
    into the SQL as a constant: DuckDB compiles a constant regular expression once, whereas a
    pattern read from a joined column is compiled again for every row (measured: 100 s
    instead of 2 s for 15,000 figures). The seed is read when the model runs.
    A keyword's context pattern is not checked here: `figure_keyword_context` checks it on
    the figure's sentence, so a text shared by many figures is matched once. -#}
{% macro figure_keyword_matches(text) -%}
    list_filter([
    {%- for row in figure_keyword_rows() %}
        {'keyword': {{ row[0] }}, 'match_length': length(regexp_extract({{ text }}, {{ sql_string('\\b(' ~ row[1] ~ ')\\b') }}))}
        {%- if not loop.last %},{% endif %}
    {%- endfor %}
    ]::struct(keyword integer, match_length integer)[], lambda m: m.match_length > 0)
{%- endmacro %}

{#- Whether `keyword` (a row number of `figure_keywords`) counts in a figure whose folded
    sentence is `sentence`: true for a keyword without a context pattern, else whether the
    sentence matches that pattern (constant patterns, as in `figure_keyword_matches`). -#}
{% macro figure_keyword_context(keyword, sentence) -%}
    case {{ keyword }}
    {%- for row in figure_keyword_rows() if row[2] %}
        when {{ row[0] }} then regexp_matches(coalesce({{ sentence }}, ''), {{ sql_string(row[2]) }})
    {%- endfor %}
        else true
    end
{%- endmacro %}

{#- The rows (keyword number, pattern, context pattern) of `figure_keywords`; none at parse time. -#}
{% macro figure_keyword_rows() -%}
    {%- if execute -%}
        {{ return(run_query(
            "select row_number() over (order by category, language, pattern, context_pattern) as keyword, "
            ~ "pattern, context_pattern from " ~ ref('figure_keywords') ~ " order by keyword"
        )) }}
    {%- else -%}
        {{ return([]) }}
    {%- endif -%}
{%- endmacro %}

{#- A SQL string literal holding `value` (quotes doubled). -#}
{% macro sql_string(value) -%}
    '{{ value | replace("'", "''") }}'
{%- endmacro %}
