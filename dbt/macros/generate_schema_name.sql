{#- Use the configured schema name as is (`marts`, not `main_marts`): the warehouse has
    fixed schemas that other tools read (publishing, quality checks, BI). -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
