{#- A person's name folded for matching: accents, case and spacing ignored
    ("Inés  Calderón" -> "ines calderon"). Null when nothing is left. -#}
{% macro fold_name(column) -%}
    nullif(lower(strip_accents(trim(regexp_replace({{ column }}, '\s+', ' ', 'g')))), '')
{%- endmacro %}
