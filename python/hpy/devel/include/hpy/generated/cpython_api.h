/* GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`. */
#ifndef HPY_GENERATED_CPYTHON_API_H
#define HPY_GENERATED_CPYTHON_API_H

HPyAPI_FUNC HPy HPyLong_FromInt32_t(HPyContext *ctx, int32_t value)
{
    return (void)ctx, _py2h(PyLong_FromLong(value));
}

HPyAPI_FUNC HPy HPyLong_FromUInt32_t(HPyContext *ctx, uint32_t value)
{
    return (void)ctx, _py2h(PyLong_FromUnsignedLong(value));
}

HPyAPI_FUNC HPy HPyLong_FromInt64_t(HPyContext *ctx, int64_t v)
{
    return (void)ctx, _py2h(PyLong_FromLongLong(v));
}

HPyAPI_FUNC HPy HPyLong_FromUInt64_t(HPyContext *ctx, uint64_t v)
{
    return (void)ctx, _py2h(PyLong_FromUnsignedLongLong(v));
}

HPyAPI_FUNC HPy HPyLong_FromSize_t(HPyContext *ctx, size_t value)
{
    return (void)ctx, _py2h(PyLong_FromSize_t(value));
}

HPyAPI_FUNC HPy HPyLong_FromSsize_t(HPyContext *ctx, HPy_ssize_t value)
{
    return (void)ctx, _py2h(PyLong_FromSsize_t(value));
}

HPyAPI_IMPL int32_t ctx_Long_AsInt32_t(HPyContext *ctx, HPy h);
HPyAPI_FUNC int32_t HPyLong_AsInt32_t(HPyContext *ctx, HPy h)
{
    return ctx_Long_AsInt32_t(ctx, h);
}

HPyAPI_IMPL uint32_t ctx_Long_AsUInt32_t(HPyContext *ctx, HPy h);
HPyAPI_FUNC uint32_t HPyLong_AsUInt32_t(HPyContext *ctx, HPy h)
{
    return ctx_Long_AsUInt32_t(ctx, h);
}

HPyAPI_IMPL uint32_t ctx_Long_AsUInt32_tMask(HPyContext *ctx, HPy h);
HPyAPI_FUNC uint32_t HPyLong_AsUInt32_tMask(HPyContext *ctx, HPy h)
{
    return ctx_Long_AsUInt32_tMask(ctx, h);
}

HPyAPI_IMPL int64_t ctx_Long_AsInt64_t(HPyContext *ctx, HPy h);
HPyAPI_FUNC int64_t HPyLong_AsInt64_t(HPyContext *ctx, HPy h)
{
    return ctx_Long_AsInt64_t(ctx, h);
}

HPyAPI_IMPL uint64_t ctx_Long_AsUInt64_t(HPyContext *ctx, HPy h);
HPyAPI_FUNC uint64_t HPyLong_AsUInt64_t(HPyContext *ctx, HPy h)
{
    return ctx_Long_AsUInt64_t(ctx, h);
}

HPyAPI_IMPL uint64_t ctx_Long_AsUInt64_tMask(HPyContext *ctx, HPy h);
HPyAPI_FUNC uint64_t HPyLong_AsUInt64_tMask(HPyContext *ctx, HPy h)
{
    return ctx_Long_AsUInt64_tMask(ctx, h);
}

HPyAPI_FUNC size_t HPyLong_AsSize_t(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyLong_AsSize_t(_h2py(h));
}

HPyAPI_FUNC HPy_ssize_t HPyLong_AsSsize_t(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyLong_AsSsize_t(_h2py(h));
}

HPyAPI_FUNC void *HPyLong_AsVoidPtr(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyLong_AsVoidPtr(_h2py(h));
}

HPyAPI_FUNC double HPyLong_AsDouble(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyLong_AsDouble(_h2py(h));
}

HPyAPI_FUNC HPy HPyFloat_FromDouble(HPyContext *ctx, double v)
{
    return (void)ctx, _py2h(PyFloat_FromDouble(v));
}

HPyAPI_FUNC double HPyFloat_AsDouble(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyFloat_AsDouble(_h2py(h));
}

HPyAPI_FUNC HPy HPyBool_FromBool(HPyContext *ctx, bool v)
{
    return (void)ctx, _py2h(PyBool_FromLong(v));
}

HPyAPI_FUNC HPy_ssize_t HPy_Length(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyObject_Length(_h2py(h));
}

HPyAPI_FUNC int HPyNumber_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyNumber_Check(_h2py(h));
}

HPyAPI_FUNC HPy HPy_Add(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Add(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Subtract(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Subtract(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Multiply(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Multiply(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_MatrixMultiply(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_MatrixMultiply(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_FloorDivide(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_FloorDivide(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_TrueDivide(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_TrueDivide(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Remainder(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Remainder(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Divmod(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Divmod(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Power(HPyContext *ctx, HPy h1, HPy h2, HPy h3)
{
    return (void)ctx, _py2h(PyNumber_Power(_h2py(h1), _h2py(h2), _h2py(h3)));
}

HPyAPI_FUNC HPy HPy_Negative(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Negative(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_Positive(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Positive(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_Absolute(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Absolute(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_Invert(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Invert(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_Lshift(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Lshift(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Rshift(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Rshift(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_And(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_And(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Xor(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Xor(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Or(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_Or(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_Index(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Index(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_Long(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Long(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_Float(HPyContext *ctx, HPy h1)
{
    return (void)ctx, _py2h(PyNumber_Float(_h2py(h1)));
}

HPyAPI_FUNC HPy HPy_InPlaceAdd(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceAdd(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceSubtract(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceSubtract(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceMultiply(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceMultiply(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceMatrixMultiply(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceMatrixMultiply(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceFloorDivide(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceFloorDivide(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceTrueDivide(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceTrueDivide(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceRemainder(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceRemainder(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlacePower(HPyContext *ctx, HPy h1, HPy h2, HPy h3)
{
    return (void)ctx, _py2h(PyNumber_InPlacePower(_h2py(h1), _h2py(h2), _h2py(h3)));
}

HPyAPI_FUNC HPy HPy_InPlaceLshift(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceLshift(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceRshift(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceRshift(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceAnd(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceAnd(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceXor(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceXor(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC HPy HPy_InPlaceOr(HPyContext *ctx, HPy h1, HPy h2)
{
    return (void)ctx, _py2h(PyNumber_InPlaceOr(_h2py(h1), _h2py(h2)));
}

HPyAPI_FUNC int HPyCallable_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyCallable_Check(_h2py(h));
}

HPyAPI_IMPL HPy ctx_CallTupleDict(HPyContext *ctx, HPy callable, HPy args, HPy kw);
HPyAPI_FUNC HPy HPy_CallTupleDict(HPyContext *ctx, HPy callable, HPy args, HPy kw)
{
    return ctx_CallTupleDict(ctx, callable, args, kw);
}

HPyAPI_FUNC HPy HPyErr_SetString(HPyContext *ctx, HPy h_type, const char *utf8_message)
{
    (void)ctx, PyErr_SetString(_h2py(h_type), utf8_message);
    return HPy_NULL;
}

HPyAPI_FUNC HPy HPyErr_SetObject(HPyContext *ctx, HPy h_type, HPy h_value)
{
    (void)ctx, PyErr_SetObject(_h2py(h_type), _h2py(h_value));
    return HPy_NULL;
}

HPyAPI_FUNC HPy HPyErr_SetFromErrnoWithFilename(HPyContext *ctx, HPy h_type, const char *filename_fsencoded)
{
    return (void)ctx, _py2h(PyErr_SetFromErrnoWithFilename(_h2py(h_type), filename_fsencoded));
}

HPyAPI_FUNC HPy HPyErr_SetFromErrnoWithFilenameObjects(HPyContext *ctx, HPy h_type, HPy filename1, HPy filename2)
{
    (void)ctx, PyErr_SetFromErrnoWithFilenameObjects(_h2py(h_type), _h2py(filename1), _h2py(filename2));
    return HPy_NULL;
}

HPyAPI_FUNC int HPyErr_ExceptionMatches(HPyContext *ctx, HPy exc)
{
    return (void)ctx, PyErr_ExceptionMatches(_h2py(exc));
}

HPyAPI_FUNC HPy HPyErr_NoMemory(HPyContext *ctx)
{
    (void)ctx, PyErr_NoMemory();
    return HPy_NULL;
}

HPyAPI_FUNC void HPyErr_Clear(HPyContext *ctx)
{
    (void)ctx, PyErr_Clear();
}

HPyAPI_FUNC HPy HPyErr_NewException(HPyContext *ctx, const char *utf8_name, HPy base, HPy dict)
{
    return (void)ctx, _py2h(PyErr_NewException(utf8_name, _h2py(base), _h2py(dict)));
}

HPyAPI_FUNC HPy HPyErr_NewExceptionWithDoc(HPyContext *ctx, const char *utf8_name, const char *utf8_doc, HPy base, HPy dict)
{
    return (void)ctx, _py2h(PyErr_NewExceptionWithDoc(utf8_name, utf8_doc, _h2py(base), _h2py(dict)));
}

HPyAPI_FUNC int HPyErr_WarnEx(HPyContext *ctx, HPy category, const char *utf8_message, HPy_ssize_t stack_level)
{
    return (void)ctx, PyErr_WarnEx(_h2py(category), utf8_message, stack_level);
}

HPyAPI_FUNC void HPyErr_WriteUnraisable(HPyContext *ctx, HPy obj)
{
    (void)ctx, PyErr_WriteUnraisable(_h2py(obj));
}

HPyAPI_FUNC int HPy_IsTrue(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyObject_IsTrue(_h2py(h));
}

HPyAPI_IMPL HPy ctx_Type_FromSpec(HPyContext *ctx, HPyType_Spec *spec, HPyType_SpecParam *params);
HPyAPI_FUNC HPy HPyType_FromSpec(HPyContext *ctx, HPyType_Spec *spec, HPyType_SpecParam *params)
{
    return ctx_Type_FromSpec(ctx, spec, params);
}

HPyAPI_IMPL HPy ctx_Type_GenericNew(HPyContext *ctx, HPy type, const HPy *args, HPy_ssize_t nargs, HPy kw);
HPyAPI_FUNC HPy HPyType_GenericNew(HPyContext *ctx, HPy type, const HPy *args, HPy_ssize_t nargs, HPy kw)
{
    return ctx_Type_GenericNew(ctx, type, args, nargs, kw);
}

HPyAPI_FUNC HPy HPy_GetAttr(HPyContext *ctx, HPy obj, HPy name)
{
    return (void)ctx, _py2h(PyObject_GetAttr(_h2py(obj), _h2py(name)));
}

HPyAPI_FUNC HPy HPy_GetAttr_s(HPyContext *ctx, HPy obj, const char *utf8_name)
{
    return (void)ctx, _py2h(PyObject_GetAttrString(_h2py(obj), utf8_name));
}

HPyAPI_FUNC int HPy_HasAttr(HPyContext *ctx, HPy obj, HPy name)
{
    return (void)ctx, PyObject_HasAttr(_h2py(obj), _h2py(name));
}

HPyAPI_FUNC int HPy_HasAttr_s(HPyContext *ctx, HPy obj, const char *utf8_name)
{
    return (void)ctx, PyObject_HasAttrString(_h2py(obj), utf8_name);
}

HPyAPI_FUNC int HPy_SetAttr(HPyContext *ctx, HPy obj, HPy name, HPy value)
{
    return (void)ctx, PyObject_SetAttr(_h2py(obj), _h2py(name), _h2py(value));
}

HPyAPI_FUNC int HPy_SetAttr_s(HPyContext *ctx, HPy obj, const char *utf8_name, HPy value)
{
    return (void)ctx, PyObject_SetAttrString(_h2py(obj), utf8_name, _h2py(value));
}

HPyAPI_FUNC HPy HPy_GetItem(HPyContext *ctx, HPy obj, HPy key)
{
    return (void)ctx, _py2h(PyObject_GetItem(_h2py(obj), _h2py(key)));
}

HPyAPI_IMPL HPy ctx_GetItem_i(HPyContext *ctx, HPy obj, HPy_ssize_t idx);
HPyAPI_FUNC HPy HPy_GetItem_i(HPyContext *ctx, HPy obj, HPy_ssize_t idx)
{
    return ctx_GetItem_i(ctx, obj, idx);
}

HPyAPI_IMPL HPy ctx_GetItem_s(HPyContext *ctx, HPy obj, const char *utf8_key);
HPyAPI_FUNC HPy HPy_GetItem_s(HPyContext *ctx, HPy obj, const char *utf8_key)
{
    return ctx_GetItem_s(ctx, obj, utf8_key);
}

HPyAPI_FUNC int HPy_Contains(HPyContext *ctx, HPy container, HPy key)
{
    return (void)ctx, PySequence_Contains(_h2py(container), _h2py(key));
}

HPyAPI_FUNC int HPy_SetItem(HPyContext *ctx, HPy obj, HPy key, HPy value)
{
    return (void)ctx, PyObject_SetItem(_h2py(obj), _h2py(key), _h2py(value));
}

HPyAPI_IMPL int ctx_SetItem_i(HPyContext *ctx, HPy obj, HPy_ssize_t idx, HPy value);
HPyAPI_FUNC int HPy_SetItem_i(HPyContext *ctx, HPy obj, HPy_ssize_t idx, HPy value)
{
    return ctx_SetItem_i(ctx, obj, idx, value);
}

HPyAPI_IMPL int ctx_SetItem_s(HPyContext *ctx, HPy obj, const char *utf8_key, HPy value);
HPyAPI_FUNC int HPy_SetItem_s(HPyContext *ctx, HPy obj, const char *utf8_key, HPy value)
{
    return ctx_SetItem_s(ctx, obj, utf8_key, value);
}

HPyAPI_FUNC HPy HPy_Type(HPyContext *ctx, HPy obj)
{
    return (void)ctx, _py2h(PyObject_Type(_h2py(obj)));
}

HPyAPI_FUNC HPy HPy_Repr(HPyContext *ctx, HPy obj)
{
    return (void)ctx, _py2h(PyObject_Repr(_h2py(obj)));
}

HPyAPI_FUNC HPy HPy_Str(HPyContext *ctx, HPy obj)
{
    return (void)ctx, _py2h(PyObject_Str(_h2py(obj)));
}

HPyAPI_FUNC HPy HPy_ASCII(HPyContext *ctx, HPy obj)
{
    return (void)ctx, _py2h(PyObject_ASCII(_h2py(obj)));
}

HPyAPI_FUNC HPy HPy_Bytes(HPyContext *ctx, HPy obj)
{
    return (void)ctx, _py2h(PyObject_Bytes(_h2py(obj)));
}

HPyAPI_FUNC HPy HPy_RichCompare(HPyContext *ctx, HPy v, HPy w, int op)
{
    return (void)ctx, _py2h(PyObject_RichCompare(_h2py(v), _h2py(w), op));
}

HPyAPI_FUNC int HPy_RichCompareBool(HPyContext *ctx, HPy v, HPy w, int op)
{
    return (void)ctx, PyObject_RichCompareBool(_h2py(v), _h2py(w), op);
}

HPyAPI_FUNC HPy_hash_t HPy_Hash(HPyContext *ctx, HPy obj)
{
    return (void)ctx, PyObject_Hash(_h2py(obj));
}

HPyAPI_FUNC int HPyBytes_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyBytes_Check(_h2py(h));
}

HPyAPI_FUNC HPy_ssize_t HPyBytes_Size(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyBytes_Size(_h2py(h));
}

HPyAPI_FUNC HPy_ssize_t HPyBytes_GET_SIZE(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyBytes_GET_SIZE(_h2py(h));
}

HPyAPI_FUNC const char *HPyBytes_AsString(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyBytes_AsString(_h2py(h));
}

HPyAPI_FUNC const char *HPyBytes_AS_STRING(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyBytes_AS_STRING(_h2py(h));
}

HPyAPI_FUNC HPy HPyBytes_FromString(HPyContext *ctx, const char *bytes)
{
    return (void)ctx, _py2h(PyBytes_FromString(bytes));
}

HPyAPI_IMPL HPy ctx_Bytes_FromStringAndSize(HPyContext *ctx, const char *bytes, HPy_ssize_t len);
HPyAPI_FUNC HPy HPyBytes_FromStringAndSize(HPyContext *ctx, const char *bytes, HPy_ssize_t len)
{
    return ctx_Bytes_FromStringAndSize(ctx, bytes, len);
}

HPyAPI_FUNC HPy HPyUnicode_FromString(HPyContext *ctx, const char *utf8)
{
    return (void)ctx, _py2h(PyUnicode_FromString(utf8));
}

HPyAPI_FUNC int HPyUnicode_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyUnicode_Check(_h2py(h));
}

HPyAPI_FUNC HPy HPyUnicode_AsASCIIString(HPyContext *ctx, HPy h)
{
    return (void)ctx, _py2h(PyUnicode_AsASCIIString(_h2py(h)));
}

HPyAPI_FUNC HPy HPyUnicode_AsLatin1String(HPyContext *ctx, HPy h)
{
    return (void)ctx, _py2h(PyUnicode_AsLatin1String(_h2py(h)));
}

HPyAPI_FUNC HPy HPyUnicode_AsUTF8String(HPyContext *ctx, HPy h)
{
    return (void)ctx, _py2h(PyUnicode_AsUTF8String(_h2py(h)));
}

HPyAPI_FUNC const char *HPyUnicode_AsUTF8AndSize(HPyContext *ctx, HPy h, HPy_ssize_t *size)
{
    return (void)ctx, PyUnicode_AsUTF8AndSize(_h2py(h), size);
}

HPyAPI_FUNC HPy HPyUnicode_FromWideChar(HPyContext *ctx, const wchar_t *w, HPy_ssize_t size)
{
    return (void)ctx, _py2h(PyUnicode_FromWideChar(w, size));
}

HPyAPI_FUNC HPy HPyUnicode_DecodeFSDefault(HPyContext *ctx, const char *v)
{
    return (void)ctx, _py2h(PyUnicode_DecodeFSDefault(v));
}

HPyAPI_FUNC HPy HPyUnicode_DecodeFSDefaultAndSize(HPyContext *ctx, const char *v, HPy_ssize_t size)
{
    return (void)ctx, _py2h(PyUnicode_DecodeFSDefaultAndSize(v, size));
}

HPyAPI_FUNC HPy HPyUnicode_EncodeFSDefault(HPyContext *ctx, HPy h)
{
    return (void)ctx, _py2h(PyUnicode_EncodeFSDefault(_h2py(h)));
}

HPyAPI_FUNC HPy_UCS4 HPyUnicode_ReadChar(HPyContext *ctx, HPy h, HPy_ssize_t index)
{
    return (void)ctx, PyUnicode_ReadChar(_h2py(h), index);
}

HPyAPI_FUNC HPy HPyUnicode_DecodeASCII(HPyContext *ctx, const char *ascii, HPy_ssize_t size, const char *errors)
{
    return (void)ctx, _py2h(PyUnicode_DecodeASCII(ascii, size, errors));
}

HPyAPI_FUNC HPy HPyUnicode_DecodeLatin1(HPyContext *ctx, const char *latin1, HPy_ssize_t size, const char *errors)
{
    return (void)ctx, _py2h(PyUnicode_DecodeLatin1(latin1, size, errors));
}

HPyAPI_FUNC int HPyList_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyList_Check(_h2py(h));
}

HPyAPI_FUNC HPy HPyList_New(HPyContext *ctx, HPy_ssize_t len)
{
    return (void)ctx, _py2h(PyList_New(len));
}

HPyAPI_FUNC int HPyList_Append(HPyContext *ctx, HPy h_list, HPy h_item)
{
    return (void)ctx, PyList_Append(_h2py(h_list), _h2py(h_item));
}

HPyAPI_FUNC int HPyDict_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyDict_Check(_h2py(h));
}

HPyAPI_FUNC HPy HPyDict_New(HPyContext *ctx)
{
    return (void)ctx, _py2h(PyDict_New());
}

HPyAPI_FUNC int HPyTuple_Check(HPyContext *ctx, HPy h)
{
    return (void)ctx, PyTuple_Check(_h2py(h));
}

HPyAPI_IMPL HPy ctx_Tuple_FromArray(HPyContext *ctx, HPy *items, HPy_ssize_t n);
HPyAPI_FUNC HPy HPyTuple_FromArray(HPyContext *ctx, HPy *items, HPy_ssize_t n)
{
    return ctx_Tuple_FromArray(ctx, items, n);
}

HPyAPI_FUNC HPy HPyImport_ImportModule(HPyContext *ctx, const char *utf8_name)
{
    return (void)ctx, _py2h(PyImport_ImportModule(utf8_name));
}

HPyAPI_IMPL void ctx_CallRealFunctionFromTrampoline(HPyContext *ctx, HPyFunc_Signature sig, HPyCFunction func, void *args);
HPyAPI_FUNC void _HPy_CallRealFunctionFromTrampoline(HPyContext *ctx, HPyFunc_Signature sig, HPyCFunction func, void *args)
{
    ctx_CallRealFunctionFromTrampoline(ctx, sig, func, args);
}

HPyAPI_IMPL HPyListBuilder ctx_ListBuilder_New(HPyContext *ctx, HPy_ssize_t size);
HPyAPI_FUNC HPyListBuilder HPyListBuilder_New(HPyContext *ctx, HPy_ssize_t size)
{
    return ctx_ListBuilder_New(ctx, size);
}

HPyAPI_IMPL void ctx_ListBuilder_Set(HPyContext *ctx, HPyListBuilder builder, HPy_ssize_t index, HPy h_item);
HPyAPI_FUNC void HPyListBuilder_Set(HPyContext *ctx, HPyListBuilder builder, HPy_ssize_t index, HPy h_item)
{
    ctx_ListBuilder_Set(ctx, builder, index, h_item);
}

HPyAPI_IMPL HPy ctx_ListBuilder_Build(HPyContext *ctx, HPyListBuilder builder);
HPyAPI_FUNC HPy HPyListBuilder_Build(HPyContext *ctx, HPyListBuilder builder)
{
    return ctx_ListBuilder_Build(ctx, builder);
}

HPyAPI_IMPL void ctx_ListBuilder_Cancel(HPyContext *ctx, HPyListBuilder builder);
HPyAPI_FUNC void HPyListBuilder_Cancel(HPyContext *ctx, HPyListBuilder builder)
{
    ctx_ListBuilder_Cancel(ctx, builder);
}

HPyAPI_IMPL HPyTupleBuilder ctx_TupleBuilder_New(HPyContext *ctx, HPy_ssize_t size);
HPyAPI_FUNC HPyTupleBuilder HPyTupleBuilder_New(HPyContext *ctx, HPy_ssize_t size)
{
    return ctx_TupleBuilder_New(ctx, size);
}

HPyAPI_IMPL void ctx_TupleBuilder_Set(HPyContext *ctx, HPyTupleBuilder builder, HPy_ssize_t index, HPy h_item);
HPyAPI_FUNC void HPyTupleBuilder_Set(HPyContext *ctx, HPyTupleBuilder builder, HPy_ssize_t index, HPy h_item)
{
    ctx_TupleBuilder_Set(ctx, builder, index, h_item);
}

HPyAPI_IMPL HPy ctx_TupleBuilder_Build(HPyContext *ctx, HPyTupleBuilder builder);
HPyAPI_FUNC HPy HPyTupleBuilder_Build(HPyContext *ctx, HPyTupleBuilder builder)
{
    return ctx_TupleBuilder_Build(ctx, builder);
}

HPyAPI_IMPL void ctx_TupleBuilder_Cancel(HPyContext *ctx, HPyTupleBuilder builder);
HPyAPI_FUNC void HPyTupleBuilder_Cancel(HPyContext *ctx, HPyTupleBuilder builder)
{
    ctx_TupleBuilder_Cancel(ctx, builder);
}

HPyAPI_IMPL HPyTracker ctx_Tracker_New(HPyContext *ctx, HPy_ssize_t size);
HPyAPI_FUNC HPyTracker HPyTracker_New(HPyContext *ctx, HPy_ssize_t size)
{
    return ctx_Tracker_New(ctx, size);
}

HPyAPI_IMPL int ctx_Tracker_Add(HPyContext *ctx, HPyTracker ht, HPy h);
HPyAPI_FUNC int HPyTracker_Add(HPyContext *ctx, HPyTracker ht, HPy h)
{
    return ctx_Tracker_Add(ctx, ht, h);
}

HPyAPI_IMPL void ctx_Tracker_ForgetAll(HPyContext *ctx, HPyTracker ht);
HPyAPI_FUNC void HPyTracker_ForgetAll(HPyContext *ctx, HPyTracker ht)
{
    ctx_Tracker_ForgetAll(ctx, ht);
}

HPyAPI_IMPL void ctx_Tracker_Close(HPyContext *ctx, HPyTracker ht);
HPyAPI_FUNC void HPyTracker_Close(HPyContext *ctx, HPyTracker ht)
{
    ctx_Tracker_Close(ctx, ht);
}

HPyAPI_FUNC void HPy_ReenterPythonExecution(HPyContext *ctx, HPyThreadState state)
{
    (void)ctx, PyEval_RestoreThread((PyThreadState *)state._i);
}

HPyAPI_FUNC HPyThreadState HPy_LeavePythonExecution(HPyContext *ctx)
{
    return (void)ctx, _htsconv((intptr_t)PyEval_SaveThread());
}

HPyAPI_IMPL void ctx_Dump(HPyContext *ctx, HPy h);
HPyAPI_FUNC void _HPy_Dump(HPyContext *ctx, HPy h)
{
    ctx_Dump(ctx, h);
}

HPyAPI_IMPL void *ctx_AsStruct_Type(HPyContext *ctx, HPy h);
HPyAPI_FUNC void *_HPy_AsStruct_Type(HPyContext *ctx, HPy h)
{
    return ctx_AsStruct_Type(ctx, h);
}

HPyAPI_IMPL void *ctx_AsStruct_Long(HPyContext *ctx, HPy h);
HPyAPI_FUNC void *_HPy_AsStruct_Long(HPyContext *ctx, HPy h)
{
    return ctx_AsStruct_Long(ctx, h);
}

HPyAPI_IMPL void *ctx_AsStruct_Float(HPyContext *ctx, HPy h);
HPyAPI_FUNC void *_HPy_AsStruct_Float(HPyContext *ctx, HPy h)
{
    return ctx_AsStruct_Float(ctx, h);
}

HPyAPI_IMPL void *ctx_AsStruct_Unicode(HPyContext *ctx, HPy h);
HPyAPI_FUNC void *_HPy_AsStruct_Unicode(HPyContext *ctx, HPy h)
{
    return ctx_AsStruct_Unicode(ctx, h);
}

HPyAPI_IMPL void *ctx_AsStruct_Tuple(HPyContext *ctx, HPy h);
HPyAPI_FUNC void *_HPy_AsStruct_Tuple(HPyContext *ctx, HPy h)
{
    return ctx_AsStruct_Tuple(ctx, h);
}

HPyAPI_IMPL void *ctx_AsStruct_List(HPyContext *ctx, HPy h);
HPyAPI_FUNC void *_HPy_AsStruct_List(HPyContext *ctx, HPy h)
{
    return ctx_AsStruct_List(ctx, h);
}

HPyAPI_IMPL HPyType_BuiltinShape ctx_Type_GetBuiltinShape(HPyContext *ctx, HPy h_type);
HPyAPI_FUNC HPyType_BuiltinShape _HPyType_GetBuiltinShape(HPyContext *ctx, HPy h_type)
{
    return ctx_Type_GetBuiltinShape(ctx, h_type);
}

HPyAPI_FUNC int HPy_DelItem(HPyContext *ctx, HPy obj, HPy key)
{
    return (void)ctx, PyObject_DelItem(_h2py(obj), _h2py(key));
}

HPyAPI_IMPL int ctx_DelItem_i(HPyContext *ctx, HPy obj, HPy_ssize_t idx);
HPyAPI_FUNC int HPy_DelItem_i(HPyContext *ctx, HPy obj, HPy_ssize_t idx)
{
    return ctx_DelItem_i(ctx, obj, idx);
}

HPyAPI_IMPL int ctx_DelItem_s(HPyContext *ctx, HPy obj, const char *utf8_key);
HPyAPI_FUNC int HPy_DelItem_s(HPyContext *ctx, HPy obj, const char *utf8_key)
{
    return ctx_DelItem_s(ctx, obj, utf8_key);
}

HPyAPI_IMPL HPy ctx_Capsule_New(HPyContext *ctx, void *pointer, const char *utf8_name, HPyCapsule_Destructor *destructor);
HPyAPI_FUNC HPy HPyCapsule_New(HPyContext *ctx, void *pointer, const char *utf8_name, HPyCapsule_Destructor *destructor)
{
    return ctx_Capsule_New(ctx, pointer, utf8_name, destructor);
}

HPyAPI_IMPL void *ctx_Capsule_Get(HPyContext *ctx, HPy capsule, _HPyCapsule_key key, const char *utf8_name);
HPyAPI_FUNC void *HPyCapsule_Get(HPyContext *ctx, HPy capsule, _HPyCapsule_key key, const char *utf8_name)
{
    return ctx_Capsule_Get(ctx, capsule, key, utf8_name);
}

HPyAPI_FUNC int HPyCapsule_IsValid(HPyContext *ctx, HPy capsule, const char *utf8_name)
{
    return (void)ctx, PyCapsule_IsValid(_h2py(capsule), utf8_name);
}

HPyAPI_IMPL int ctx_Capsule_Set(HPyContext *ctx, HPy capsule, _HPyCapsule_key key, void *value);
HPyAPI_FUNC int HPyCapsule_Set(HPyContext *ctx, HPy capsule, _HPyCapsule_key key, void *value)
{
    return ctx_Capsule_Set(ctx, capsule, key, value);
}

HPyAPI_IMPL HPy ctx_Compile_s(HPyContext *ctx, const char *utf8_source, const char *utf8_filename, HPy_SourceKind kind);
HPyAPI_FUNC HPy HPy_Compile_s(HPyContext *ctx, const char *utf8_source, const char *utf8_filename, HPy_SourceKind kind)
{
    return ctx_Compile_s(ctx, utf8_source, utf8_filename, kind);
}

HPyAPI_FUNC HPy HPy_EvalCode(HPyContext *ctx, HPy code, HPy globals, HPy locals)
{
    return (void)ctx, _py2h(PyEval_EvalCode(_h2py(code), _h2py(globals), _h2py(locals)));
}

HPyAPI_FUNC HPy HPyContextVar_New(HPyContext *ctx, const char *name, HPy default_value)
{
    return (void)ctx, _py2h(PyContextVar_New(name, _h2py(default_value)));
}

HPyAPI_IMPL int32_t ctx_ContextVar_Get(HPyContext *ctx, HPy context_var, HPy default_value, HPy *result);
HPyAPI_FUNC int32_t HPyContextVar_Get(HPyContext *ctx, HPy context_var, HPy default_value, HPy *result)
{
    return ctx_ContextVar_Get(ctx, context_var, default_value, result);
}

HPyAPI_FUNC HPy HPyContextVar_Set(HPyContext *ctx, HPy context_var, HPy value)
{
    return (void)ctx, _py2h(PyContextVar_Set(_h2py(context_var), _h2py(value)));
}

HPyAPI_IMPL const char *ctx_Type_GetName(HPyContext *ctx, HPy type);
HPyAPI_FUNC const char *HPyType_GetName(HPyContext *ctx, HPy type)
{
    return ctx_Type_GetName(ctx, type);
}

HPyAPI_IMPL int ctx_Type_IsSubtype(HPyContext *ctx, HPy sub, HPy type);
HPyAPI_FUNC int HPyType_IsSubtype(HPyContext *ctx, HPy sub, HPy type)
{
    return ctx_Type_IsSubtype(ctx, sub, type);
}

HPyAPI_FUNC HPy HPyUnicode_FromEncodedObject(HPyContext *ctx, HPy obj, const char *encoding, const char *errors)
{
    return (void)ctx, _py2h(PyUnicode_FromEncodedObject(_h2py(obj), encoding, errors));
}

HPyAPI_FUNC HPy HPyUnicode_Substring(HPyContext *ctx, HPy str, HPy_ssize_t start, HPy_ssize_t end)
{
    return (void)ctx, _py2h(PyUnicode_Substring(_h2py(str), start, end));
}

HPyAPI_FUNC HPy HPyDict_Keys(HPyContext *ctx, HPy h)
{
    return (void)ctx, _py2h(PyDict_Keys(_h2py(h)));
}

HPyAPI_FUNC HPy HPyDict_Copy(HPyContext *ctx, HPy h)
{
    return (void)ctx, _py2h(PyDict_Copy(_h2py(h)));
}

HPyAPI_FUNC int HPySlice_Unpack(HPyContext *ctx, HPy slice, HPy_ssize_t *start, HPy_ssize_t *stop, HPy_ssize_t *step)
{
    return (void)ctx, PySlice_Unpack(_h2py(slice), start, stop, step);
}

HPyAPI_IMPL int ctx_SetCallFunction(HPyContext *ctx, HPy h, HPyCallFunction *func);
HPyAPI_FUNC int HPy_SetCallFunction(HPyContext *ctx, HPy h, HPyCallFunction *func)
{
    return ctx_SetCallFunction(ctx, h, func);
}

HPyAPI_IMPL HPy ctx_Call(HPyContext *ctx, HPy callable, const HPy *args, size_t nargs, HPy kwnames);
HPyAPI_FUNC HPy HPy_Call(HPyContext *ctx, HPy callable, const HPy *args, size_t nargs, HPy kwnames)
{
    return ctx_Call(ctx, callable, args, nargs, kwnames);
}

HPyAPI_IMPL HPy ctx_CallMethod(HPyContext *ctx, HPy name, const HPy *args, size_t nargs, HPy kwnames);
HPyAPI_FUNC HPy HPy_CallMethod(HPyContext *ctx, HPy name, const HPy *args, size_t nargs, HPy kwnames)
{
    return ctx_CallMethod(ctx, name, args, nargs, kwnames);
}

#endif /* HPY_GENERATED_CPYTHON_API_H */
