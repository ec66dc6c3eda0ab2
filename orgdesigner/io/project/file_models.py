"""The project file's shape for pydantic, generated from the msgspec structs in `fast_file`.

The structs are the one definition of the file (and of its published JSON Schema, `make schema`).
pydantic reads what the fast path refuses: older versions after their migration, and malformed
files, whose problems it words all at once (msgspec stops at the first). Each struct becomes a
frozen model with the same fields, defaults and limits; every float also refuses NaN and infinity
(JSON has neither). Importing this module imports pydantic: only the slow path does.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin, get_type_hints

import msgspec
from pydantic import BaseModel, ConfigDict, Field, create_model

from orgdesigner.io.project import fast_file

# Re-exported: the constants live where reading a current file finds them without pydantic.
from orgdesigner.io.project.file_format import FORMAT_NAME as FORMAT_NAME
from orgdesigner.io.project.file_format import FORMAT_VERSION as FORMAT_VERSION

_LIMITS = ("min_length", "max_length", "ge", "le", "gt", "lt", "pattern")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


#: struct -> its generated model, built on first need (nested structs first)
MODELS: dict[type[msgspec.Struct], type[BaseModel]] = {}


def _annotation(tp: Any) -> Any:
    """The pydantic annotation for a struct field's annotation."""
    origin = get_origin(tp)
    if origin is Annotated:
        base, *extras = get_args(tp)
        limits: dict[str, Any] = {}
        for meta in extras:
            if isinstance(meta, msgspec.Meta):
                limits |= {name: getattr(meta, name) for name in _LIMITS if getattr(meta, name) is not None}
        if base is float:
            limits["allow_inf_nan"] = False
        return Annotated[_annotation(base), Field(**limits)]
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return model_for(tp)
    if origin in (Union, types.UnionType):
        return Union[tuple(_annotation(arg) for arg in get_args(tp))]  # noqa: UP007 (built at run time)
    if origin is list:
        return list[_annotation(get_args(tp)[0])]  # type: ignore[misc]  # a type built at run time from the struct's hints
    if origin is dict:
        key, value = get_args(tp)
        return dict[_annotation(key), _annotation(value)]  # type: ignore[misc]  # a type built at run time from the struct's hints
    if tp is float:
        return Annotated[float, Field(allow_inf_nan=False)]
    return tp  # str, int, bool, date, enums, Literal, Any


def _field(field: msgspec.structs.FieldInfo, annotation: Any) -> tuple[Any, Any]:
    if field.required:
        return annotation, ...
    factory = field.default_factory
    if factory is msgspec.NODEFAULT:
        return annotation, field.default
    if isinstance(factory, type) and issubclass(factory, msgspec.Struct):
        return annotation, Field(default_factory=model_for(factory))
    # the schema pydantic would write names the empty default ([] or {})
    return annotation, Field(default_factory=factory, json_schema_extra={"default": factory()})


def model_for(struct: type[msgspec.Struct]) -> type[BaseModel]:
    model = MODELS.get(struct)
    if model is None:
        hints = get_type_hints(struct, include_extras=True)
        fields = {f.name: _field(f, _annotation(hints[f.name])) for f in msgspec.structs.fields(struct)}
        model = create_model(  # type: ignore[call-overload]  # fields built at run time; pydantic's overloads want them literal
            fast_file.MODEL_NAMES.get(struct.__name__, f"{struct.__name__}Model"),
            __base__=_Strict, __doc__=struct.__doc__, __module__=__name__, **fields,
        )
        MODELS[struct] = model
    return model


ProjectFileModel = model_for(fast_file.ProjectFile)
