select
    release_id as release_key,
    sha256,
    release_index,
    parser_version,
    nullif(trim(title), '') as title,
    lower(language) as language,
    template,
    nullif(trim(dateline), '') as dateline,
    upper(country) as country_code,
    published_on,
    lead,
    word_count,
    parsed_at
from {{ source('parsed', 'releases') }}
