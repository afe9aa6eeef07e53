"""Append row groups to a Parquet file without decoding the rows it holds.

A Parquet file is its row groups' bytes, then a footer (Thrift's compact encoding of
`FileMetaData`) listing them with their byte offsets. Publishing a table that only gained rows
can therefore keep the previous file's bytes (a kernel-side copy), add the new rows' row groups
(written by DuckDB into a small file of the same schema) and write a footer listing both, their
offsets moved to where they now stand: ~0.1 s instead of re-encoding half a million rows (2-4
CPU s per large mart at 100,000 files).

Written by hand because no maintained library appends to a single Parquet file at the byte
level: pyarrow and DuckDB only write whole files, and fastparquet's appending re-encodes the
rows from pandas and its Thrift reader drops footer fields it does not know (it loses
`bloom_filter_length`, so readers lose the bloom filters). The footer is handled here as a
generic Thrift tree (`_Struct`): every field is kept as read, and only the offsets are changed.
Anything this module does not expect (encryption, page indexes, a column chunk in another file,
a different schema) raises `CannotAppend`, and the caller writes the whole file instead.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"PAR1"


class CannotAppend(ValueError):
    """The files cannot be joined by appending row groups: write the whole file instead."""


# Thrift compact protocol type codes (thrift/doc/specs/thrift-compact-protocol.md)
_TRUE, _FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(1, 13)


@dataclass
class _Field:
    id: int
    type: int
    value: object  # int, float, bytes, bool, _Struct, or _List


@dataclass
class _List:
    elem_type: int
    items: list


@dataclass
class _Map:
    key_type: int
    value_type: int
    items: list  # [(key, value)]


class _Struct:
    """A Thrift struct as read: its fields in order, whatever they are."""

    def __init__(self, fields: list[_Field]) -> None:
        self.fields = fields

    def get(self, field_id: int) -> object | None:
        return next((f.value for f in self.fields if f.id == field_id), None)

    def set(self, field_id: int, value: object) -> None:
        for f in self.fields:
            if f.id == field_id:
                f.value = value
                return
        raise KeyError(field_id)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def byte(self) -> int:
        self.pos += 1
        return self.data[self.pos - 1]

    def varint(self) -> int:
        shift = result = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if not b & 0x80:
                return result
            shift += 7

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def value(self, kind: int) -> object:
        if kind in (_TRUE, _FALSE):  # inside a list: one byte
            return self.byte()
        if kind == _BYTE:
            return self.byte()
        if kind in (_I16, _I32, _I64):
            return self.zigzag()
        if kind == _DOUBLE:
            self.pos += 8
            return struct.unpack("<d", self.data[self.pos - 8:self.pos])[0]
        if kind == _BINARY:
            size = self.varint()
            self.pos += size
            return self.data[self.pos - size:self.pos]
        if kind in (_LIST, _SET):
            header = self.byte()
            size, elem = header >> 4, header & 0x0F
            if size == 15:
                size = self.varint()
            return _List(elem, [self.value(elem) for _ in range(size)])
        if kind == _MAP:
            size = self.varint()
            if not size:
                return _Map(0, 0, [])
            types = self.byte()
            key, val = types >> 4, types & 0x0F
            return _Map(key, val, [(self.value(key), self.value(val)) for _ in range(size)])
        if kind == _STRUCT:
            return self.struct()
        raise CannotAppend(f"unknown Thrift type {kind}")

    def struct(self) -> _Struct:
        fields: list[_Field] = []
        last = 0
        while True:
            header = self.byte()
            if header == 0:
                return _Struct(fields)
            delta, kind = header >> 4, header & 0x0F
            field_id = last + delta if delta else self.zigzag()
            value = kind == _TRUE if kind in (_TRUE, _FALSE) else self.value(kind)
            fields.append(_Field(field_id, kind, value))
            last = field_id


class _Writer:
    def __init__(self) -> None:
        self.out = bytearray()

    def varint(self, n: int) -> None:
        while True:
            if n < 0x80:
                self.out.append(n)
                return
            self.out.append((n & 0x7F) | 0x80)
            n >>= 7

    def zigzag(self, n: int) -> None:
        self.varint((n << 1) ^ (n >> 63))

    def value(self, kind: int, value: object) -> None:
        if kind in (_TRUE, _FALSE, _BYTE):
            self.out.append(value)  # type: ignore[arg-type]
        elif kind in (_I16, _I32, _I64):
            self.zigzag(value)  # type: ignore[arg-type]
        elif kind == _DOUBLE:
            self.out += struct.pack("<d", value)
        elif kind == _BINARY:
            assert isinstance(value, bytes)
            self.varint(len(value))
            self.out += value
        elif kind in (_LIST, _SET):
            assert isinstance(value, _List)
            size = len(value.items)
            self.out.append((min(size, 15) << 4) | value.elem_type)
            if size >= 15:
                self.varint(size)
            for item in value.items:
                self.value(value.elem_type, item)
        elif kind == _MAP:
            assert isinstance(value, _Map)
            self.varint(len(value.items))
            if value.items:
                self.out.append((value.key_type << 4) | value.value_type)
            for key, val in value.items:
                self.value(value.key_type, key)
                self.value(value.value_type, val)
        elif kind == _STRUCT:
            assert isinstance(value, _Struct)
            self.struct(value)

    def struct(self, struct_: _Struct) -> None:
        last = 0
        for f in struct_.fields:
            kind = (_TRUE if f.value else _FALSE) if f.type in (_TRUE, _FALSE) else f.type
            if 0 < f.id - last <= 15:
                self.out.append(((f.id - last) << 4) | kind)
            else:
                self.out.append(kind)
                self.zigzag(f.id)
            if f.type not in (_TRUE, _FALSE):
                self.value(f.type, f.value)
            last = f.id
        self.out.append(0)


def _encode(struct_: _Struct) -> bytes:
    writer = _Writer()
    writer.struct(struct_)
    return bytes(writer.out)


# Field ids of parquet.thrift (apache/parquet-format)
_FMD_SCHEMA, _FMD_NUM_ROWS, _FMD_ROW_GROUPS, _FMD_ENCRYPTION = 2, 3, 4, 8
_RG_COLUMNS, _RG_FILE_OFFSET, _RG_ORDINAL = 1, 5, 7
_CC_FILE_PATH, _CC_FILE_OFFSET, _CC_META = 1, 2, 3
_CC_PAGE_INDEX = (4, 6)  # offset and column index offsets: they point at pages by offset too
_CC_CRYPTO = (8, 9)
_CM_OFFSETS = (9, 10, 11, 14)  # data, index and dictionary page offsets, bloom filter offset
#: FileMetaData fields both files must share (version, schema, key-value metadata,
#: created_by, column orders)
_FMD_SAME = (1, 2, 5, 6, 7)


@dataclass
class _Parts:
    size: int
    footer_start: int  # the byte after the last row group's data
    metadata: _Struct


def _read_parts(path: Path) -> _Parts:
    with path.open("rb") as file:
        size = file.seek(0, os.SEEK_END)
        if size < 12:
            raise CannotAppend(f"{path.name}: not a Parquet file")
        file.seek(size - 8)
        tail = file.read(8)
        footer_size = int.from_bytes(tail[:4], "little")
        if tail[4:] != MAGIC or footer_size > size - 12:
            raise CannotAppend(f"{path.name}: not a plain Parquet file")
        file.seek(size - 8 - footer_size)
        metadata = _Reader(file.read(footer_size)).struct()
    if metadata.get(_FMD_ENCRYPTION) is not None:
        raise CannotAppend(f"{path.name}: encrypted")
    return _Parts(size, size - 8 - footer_size, metadata)


def _row_groups(metadata: _Struct) -> _List:
    groups = metadata.get(_FMD_ROW_GROUPS)
    assert isinstance(groups, _List)
    return groups


def _shift(group: _Struct, delta: int, ordinal: int) -> None:
    """Move a row group read from the appended file to where its bytes now stand."""
    if group.get(_RG_FILE_OFFSET) is not None:
        group.set(_RG_FILE_OFFSET, group.get(_RG_FILE_OFFSET) + delta)  # type: ignore[operator]
    if group.get(_RG_ORDINAL) is not None:
        group.set(_RG_ORDINAL, ordinal)
    columns = group.get(_RG_COLUMNS)
    assert isinstance(columns, _List)
    for chunk in columns.items:
        if chunk.get(_CC_FILE_PATH) is not None or any(
                chunk.get(i) is not None for i in (*_CC_PAGE_INDEX, *_CC_CRYPTO)):
            raise CannotAppend("a column chunk has page indexes, encryption or another file")
        if chunk.get(_CC_FILE_OFFSET):  # deprecated; DuckDB writes 0
            chunk.set(_CC_FILE_OFFSET, chunk.get(_CC_FILE_OFFSET) + delta)
        meta = chunk.get(_CC_META)
        if not isinstance(meta, _Struct):
            raise CannotAppend("a column chunk without its metadata")
        for field_id in _CM_OFFSETS:
            if meta.get(field_id) is not None:
                meta.set(field_id, meta.get(field_id) + delta)  # type: ignore[operator]


def shape(path: Path) -> tuple[int, int]:
    """How many row groups and rows the Parquet file at `path` holds (its footer says)."""
    metadata = _read_parts(path).metadata
    rows = metadata.get(_FMD_NUM_ROWS)
    assert isinstance(rows, int)
    return len(_row_groups(metadata).items), rows


def append_row_groups(base: Path, extra: Path, target: Path) -> int:
    """Write at `target` a Parquet file holding the rows of `base`, then those of `extra` (two
    files of the same schema), without decoding either; return its number of rows.

    Raises CannotAppend when the files do not allow it (`target` is then not written).
    """
    old, new = _read_parts(base), _read_parts(extra)
    for field_id in _FMD_SAME:
        if _field_bytes(old.metadata, field_id) != _field_bytes(new.metadata, field_id):
            raise CannotAppend(f"the files differ in footer field {field_id}")
    groups, added = _row_groups(old.metadata), _row_groups(new.metadata)
    delta = old.footer_start - len(MAGIC)  # the appended bytes start at 4 in `extra`
    for i, group in enumerate(added.items):
        _shift(group, delta, len(groups.items) + i)
    groups.items += added.items
    rows = old.metadata.get(_FMD_NUM_ROWS) + new.metadata.get(_FMD_NUM_ROWS)  # type: ignore[operator]
    old.metadata.set(_FMD_NUM_ROWS, rows)
    footer = _encode(old.metadata)
    with base.open("rb", buffering=0) as src, extra.open("rb", buffering=0) as more:
        more.seek(len(MAGIC))
        try:
            with target.open("xb", buffering=0) as dst:
                _copy_range(src.fileno(), dst.fileno(), old.footer_start)
                _copy_range(more.fileno(), dst.fileno(), new.footer_start - len(MAGIC))
                dst.write(footer + len(footer).to_bytes(4, "little") + MAGIC)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    return rows


def _field_bytes(struct_: _Struct, field_id: int) -> bytes:
    """A field of `struct_` as encoded (b"" when absent), to compare two files' footers."""
    return _encode(_Struct([f for f in struct_.fields if f.id == field_id]))


def _copy_range(src: int, dst: int, count: int) -> None:
    """Copy `count` bytes from file descriptor `src`'s position to `dst`'s, in the kernel when
    it can."""
    while count > 0:
        try:
            done = os.copy_file_range(src, dst, count)
        except OSError:
            done = 0
        if done == 0:  # not supported here: copy through userspace
            chunk = os.read(src, min(count, 1 << 20))
            if not chunk:
                raise CannotAppend("the file is shorter than its footer says")
            os.write(dst, chunk)
            done = len(chunk)
        count -= done
