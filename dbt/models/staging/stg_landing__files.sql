select
    sha256,
    original_name as source_file_name,
    source_path,
    size_bytes,
    encoding,
    stored_path,
    name_version,
    landed_at,
    flow_run_id
from {{ source('landing', 'files') }}
