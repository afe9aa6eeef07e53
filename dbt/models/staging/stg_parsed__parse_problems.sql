select
    sha256,
    parser_version,
    stage,
    reason,
    detail,
    recorded_at
from {{ source('parsed', 'parse_problems') }}
