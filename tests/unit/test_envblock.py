"""EnvBlock: Dokploy env blocks parse, change and format back without silent loss."""

from __future__ import annotations

import pytest

from dokploy_async._envblock import EnvBlock, format_env, parse_env

SAMPLE = """# database
DATABASE_URL=postgres://u:p@db:5432/app?sslmode=require

export API_TOKEN = "abc=def"
QUOTED='single # not a comment'
INLINE=value # trailing comment
DUP=first
this line is junk
DUP=second
MULTI="line one
line two"
ESCAPED="a\\nb"
BACKTICK=`x 'y' "z"`
EMPTY=
"""


def test_round_trip_is_byte_exact() -> None:
    assert EnvBlock.parse(SAMPLE).format() == SAMPLE
    no_newline = SAMPLE.rstrip("\n")
    assert EnvBlock.parse(no_newline).format() == no_newline


def test_values_read_like_dotenv() -> None:
    env = parse_env(SAMPLE)
    assert env == {
        "DATABASE_URL": "postgres://u:p@db:5432/app?sslmode=require",
        "API_TOKEN": "abc=def",
        "QUOTED": "single # not a comment",
        "INLINE": "value",
        "DUP": "second",
        "MULTI": "line one\nline two",
        "ESCAPED": "a\nb",
        "BACKTICK": "x 'y' \"z\"",
        "EMPTY": "",
    }


def test_empty_and_none() -> None:
    assert parse_env(None) == {}
    assert parse_env("") == {}
    assert EnvBlock.parse(None).format() == ""


def test_set_changes_only_that_line() -> None:
    block = EnvBlock.parse(SAMPLE)
    block.set("INLINE", "new")
    lines = block.format().splitlines()
    assert "INLINE=new" in lines
    assert "# database" in lines
    assert "this line is junk" in lines
    assert block.format().replace("INLINE=new", "INLINE=value # trailing comment") == SAMPLE


def test_unchanged_value_keeps_original_quoting() -> None:
    block = EnvBlock.parse(SAMPLE)
    block.set("API_TOKEN", "abc=def")
    assert block.format() == SAMPLE


def test_duplicates_last_wins_and_set_replaces_all() -> None:
    block = EnvBlock.parse(SAMPLE)
    assert block.duplicates() == ["DUP"]
    assert block["DUP"] == "second"
    block.set("DUP", "third")
    text = block.format()
    assert "DUP=first" not in text
    assert text.count("DUP=") == 1
    # The single line sits where the effective (last) one was.
    assert text.index("this line is junk") < text.index("DUP=third")


def test_delete_removes_every_line_of_the_key() -> None:
    block = EnvBlock.parse(SAMPLE)
    assert block.delete("DUP") is True
    assert "DUP" not in block
    assert block.delete("DUP") is False


def test_new_keys_are_appended_in_order() -> None:
    block = EnvBlock.parse("A=1\n")
    block.update({"B": "2", "C": "3"})
    assert block.format() == "A=1\nB=2\nC=3\n"


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "",
        "has = equals",
        " leading space",
        "trailing space ",
        "hash # inside",
        "#start",
        "it's",
        'say "hi"',
        "both ' and \"",
        "multi\nline",
        "back\\slash",
        "literal \\n stays",
        "all ' \" ` three",
    ],
)
def test_set_then_read_back_is_exact(value: str) -> None:
    text = format_env({"K": value})
    assert parse_env(text) == {"K": value}
    assert parse_env(text + "\nNEXT=1") == {"K": value, "NEXT": "1"}


def test_unwritable_value_raises_without_leaking_it() -> None:
    secret = "s3cr3t ' \" `\nline"
    with pytest.raises(ValueError, match="K") as info:
        format_env({"K": secret})
    assert secret not in str(info.value)
    with pytest.raises(ValueError, match="reads back"):
        format_env({"K": "carriage\rreturn"})


def test_invalid_keys_rejected() -> None:
    block = EnvBlock()
    for bad in ("", "1ABC", "A B", "A=B"):
        with pytest.raises(ValueError, match="invalid variable name"):
            block.set(bad, "x")


def test_repr_never_shows_values() -> None:
    block = EnvBlock.parse("PASSWORD=hunter2\n")
    assert "hunter2" not in repr(block)
    assert "PASSWORD" in repr(block)


def test_crlf_is_read_as_lf() -> None:
    assert parse_env("A=1\r\nB=2\r\n") == {"A": "1", "B": "2"}


def test_mapping_protocol() -> None:
    block = EnvBlock.from_mapping({"A": "1", "B": "2"})
    assert list(block) == ["A", "B"]
    assert len(block) == 2
    assert block.get("Z") is None
    assert block.get("A") == "1"
    copy = block.copy()
    copy.set("A", "x")
    assert block["A"] == "1"
    assert copy != block
