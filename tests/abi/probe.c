/* ABI probe: prints one line per binary-layout fact of the HPy headers it is
 * compiled against, in universal mode.
 *
 *   gcc -DHPY -DHPY_ABI_UNIVERSAL -I tests/abi/generated \
 *       -I <include>/hpy/forbid_python_h -I <include> tests/abi/probe.c
 *
 * Line kinds (all values in decimal):
 *   sizeof T n        size of a type        align T n        its alignment
 *   offset T.f n      offset of a field     size T.f n       size of a field
 *   signed T 0|1      whether an integer type is signed
 *   enum NAME n       value of an enumerator
 *   macro NAME n      value of an integer macro
 *   string NAME text  value of a string macro
 *
 * The output against upstream's headers is frozen in expected-layout.txt;
 * crates/hpy-sys/tests/abi_layout.rs compares ours with it and with Rust.
 * Only public ABI goes here: adding a line means the Rust side must mirror it.
 */
#include <stdio.h>
#include <stddef.h>
#include "hpy.h"

#define TYPE(T)                                                     \
    printf("sizeof %s %zu\n", #T, sizeof(T));                       \
    printf("align %s %zu\n", #T, _Alignof(T))

/* F may be a path into a nested (anonymous) union, e.g. slot.impl. */
#define FIELD(T, F)                                                 \
    printf("offset %s.%s %zu\n", #T, #F, offsetof(T, F));           \
    printf("size %s.%s %zu\n", #T, #F, sizeof(((T *)0)->F))

#define SIGNED(T) printf("signed %s %d\n", #T, (T)-1 < (T)0)
#define ENUM(E) printf("enum %s %lld\n", #E, (long long)(E))
#define MACRO(M) printf("macro %s %lld\n", #M, (long long)(M))
#define STRING(M) printf("string %s %s\n", #M, M)

static void scalars(void)
{
    TYPE(HPy_ssize_t);
    SIGNED(HPy_ssize_t);
    TYPE(HPy_hash_t);
    SIGNED(HPy_hash_t);
    TYPE(HPy_UCS4);
    SIGNED(HPy_UCS4);
}

static void macros(void)
{
    MACRO(HPY_ABI_VERSION);
    MACRO(HPY_ABI_VERSION_MINOR);
    STRING(HPY_ABI_TAG);
    STRING(HPY_ABI);
    MACRO(HPY_SSIZE_T_MAX);
    MACRO(HPY_SSIZE_T_MIN);
    MACRO(HPy_TPFLAGS_DEFAULT);
    MACRO(HPy_TPFLAGS_BASETYPE);
    MACRO(HPy_TPFLAGS_HAVE_VECTORCALL);
    MACRO(HPy_TPFLAGS_HAVE_GC);
}

static void context(void)
{
    TYPE(HPyContext);
    /* Only offsets: every slot is a handle or a function pointer, and the
     * offsets plus sizeof(HPyContext) pin each member's extent. */
#define HPY_CTX_MEMBER(slot, member)                                      \
    printf("offset HPyContext.%s %zu\n", #member, offsetof(HPyContext, member));
#include "ctx_members.h"
#undef HPY_CTX_MEMBER
}

static void handles(void)
{
    TYPE(HPy);            FIELD(HPy, _i);
    TYPE(HPyField);       FIELD(HPyField, _i);
    TYPE(HPyGlobal);      FIELD(HPyGlobal, _i);
    TYPE(HPyListBuilder); FIELD(HPyListBuilder, _lst);
    TYPE(HPyTupleBuilder);FIELD(HPyTupleBuilder, _tup);
    TYPE(HPyTracker);     FIELD(HPyTracker, _i);
    TYPE(HPyThreadState); FIELD(HPyThreadState, _i);
}

static void definitions(void)
{
    TYPE(HPySlot);
    FIELD(HPySlot, slot);
    FIELD(HPySlot, impl);
    FIELD(HPySlot, cpy_trampoline);

    TYPE(HPyMeth);
    FIELD(HPyMeth, name);
    FIELD(HPyMeth, impl);
    FIELD(HPyMeth, cpy_trampoline);
    FIELD(HPyMeth, signature);
    FIELD(HPyMeth, doc);

    TYPE(HPyMember);
    FIELD(HPyMember, name);
    FIELD(HPyMember, type);
    FIELD(HPyMember, offset);
    FIELD(HPyMember, readonly);
    FIELD(HPyMember, doc);

    TYPE(HPyGetSet);
    FIELD(HPyGetSet, name);
    FIELD(HPyGetSet, getter_impl);
    FIELD(HPyGetSet, setter_impl);
    FIELD(HPyGetSet, getter_cpy_trampoline);
    FIELD(HPyGetSet, setter_cpy_trampoline);
    FIELD(HPyGetSet, doc);
    FIELD(HPyGetSet, closure);

    TYPE(HPyDef);
    FIELD(HPyDef, kind);
    FIELD(HPyDef, slot);
    FIELD(HPyDef, slot.slot);
    FIELD(HPyDef, slot.impl);
    FIELD(HPyDef, slot.cpy_trampoline);
    FIELD(HPyDef, meth);
    FIELD(HPyDef, meth.name);
    FIELD(HPyDef, meth.impl);
    FIELD(HPyDef, meth.cpy_trampoline);
    FIELD(HPyDef, meth.signature);
    FIELD(HPyDef, meth.doc);
    FIELD(HPyDef, member);
    FIELD(HPyDef, member.name);
    FIELD(HPyDef, member.type);
    FIELD(HPyDef, member.offset);
    FIELD(HPyDef, member.readonly);
    FIELD(HPyDef, member.doc);
    FIELD(HPyDef, getset);
    FIELD(HPyDef, getset.name);
    FIELD(HPyDef, getset.getter_impl);
    FIELD(HPyDef, getset.setter_impl);
    FIELD(HPyDef, getset.getter_cpy_trampoline);
    FIELD(HPyDef, getset.setter_cpy_trampoline);
    FIELD(HPyDef, getset.doc);
    FIELD(HPyDef, getset.closure);

    TYPE(HPyCapsule_Destructor);
    FIELD(HPyCapsule_Destructor, cpy_trampoline);
    FIELD(HPyCapsule_Destructor, impl);

    TYPE(HPyCallFunction);
    FIELD(HPyCallFunction, cpy_trampoline);
    FIELD(HPyCallFunction, impl);
}

static void types_and_modules(void)
{
    TYPE(HPyType_Spec);
    FIELD(HPyType_Spec, name);
    FIELD(HPyType_Spec, basicsize);
    FIELD(HPyType_Spec, itemsize);
    FIELD(HPyType_Spec, flags);
    FIELD(HPyType_Spec, builtin_shape);
    FIELD(HPyType_Spec, legacy_slots);
    FIELD(HPyType_Spec, defines);
    FIELD(HPyType_Spec, doc);

    TYPE(HPyType_SpecParam);
    FIELD(HPyType_SpecParam, kind);
    FIELD(HPyType_SpecParam, object);

    TYPE(HPyType_Vectorcall);
    FIELD(HPyType_Vectorcall, cpy_trampoline);
    FIELD(HPyType_Vectorcall, impl);

    TYPE(HPyModuleDef);
    FIELD(HPyModuleDef, doc);
    FIELD(HPyModuleDef, size);
    FIELD(HPyModuleDef, legacy_methods);
    FIELD(HPyModuleDef, defines);
    FIELD(HPyModuleDef, globals);

    TYPE(HPy_buffer);
    FIELD(HPy_buffer, buf);
    FIELD(HPy_buffer, obj);
    FIELD(HPy_buffer, len);
    FIELD(HPy_buffer, itemsize);
    FIELD(HPy_buffer, readonly);
    FIELD(HPy_buffer, ndim);
    FIELD(HPy_buffer, format);
    FIELD(HPy_buffer, shape);
    FIELD(HPy_buffer, strides);
    FIELD(HPy_buffer, suboffsets);
    FIELD(HPy_buffer, internal);

    TYPE(HPyStructSequence_Field);
    FIELD(HPyStructSequence_Field, name);
    FIELD(HPyStructSequence_Field, doc);

    TYPE(HPyStructSequence_Desc);
    FIELD(HPyStructSequence_Desc, name);
    FIELD(HPyStructSequence_Desc, doc);
    FIELD(HPyStructSequence_Desc, fields);
}

/* The blocks a universal trampoline fills in and hands to the runtime
 * through ctx_CallRealFunctionFromTrampoline. */
static void trampoline_args(void)
{
    TYPE(_HPyFunc_args_VARARGS);
    FIELD(_HPyFunc_args_VARARGS, self);
    FIELD(_HPyFunc_args_VARARGS, args);
    FIELD(_HPyFunc_args_VARARGS, nargs);
    FIELD(_HPyFunc_args_VARARGS, result);

    TYPE(_HPyFunc_args_KEYWORDS);
    FIELD(_HPyFunc_args_KEYWORDS, self);
    FIELD(_HPyFunc_args_KEYWORDS, args);
    FIELD(_HPyFunc_args_KEYWORDS, nargsf);
    FIELD(_HPyFunc_args_KEYWORDS, kwnames);
    FIELD(_HPyFunc_args_KEYWORDS, result);

    TYPE(_HPyFunc_args_NOARGS);
    FIELD(_HPyFunc_args_NOARGS, self);
    FIELD(_HPyFunc_args_NOARGS, result);

    TYPE(_HPyFunc_args_O);
    FIELD(_HPyFunc_args_O, self);
    FIELD(_HPyFunc_args_O, arg);
    FIELD(_HPyFunc_args_O, result);

    TYPE(_HPyFunc_args_INITPROC);
    FIELD(_HPyFunc_args_INITPROC, self);
    FIELD(_HPyFunc_args_INITPROC, args);
    FIELD(_HPyFunc_args_INITPROC, kw);
    FIELD(_HPyFunc_args_INITPROC, result);

    TYPE(_HPyFunc_args_NEWFUNC);
    FIELD(_HPyFunc_args_NEWFUNC, self);
    FIELD(_HPyFunc_args_NEWFUNC, args);
    FIELD(_HPyFunc_args_NEWFUNC, kw);
    FIELD(_HPyFunc_args_NEWFUNC, result);

    TYPE(_HPyFunc_args_GETBUFFERPROC);
    FIELD(_HPyFunc_args_GETBUFFERPROC, self);
    FIELD(_HPyFunc_args_GETBUFFERPROC, view);
    FIELD(_HPyFunc_args_GETBUFFERPROC, flags);
    FIELD(_HPyFunc_args_GETBUFFERPROC, result);

    TYPE(_HPyFunc_args_RELEASEBUFFERPROC);
    FIELD(_HPyFunc_args_RELEASEBUFFERPROC, self);
    FIELD(_HPyFunc_args_RELEASEBUFFERPROC, view);

    TYPE(_HPyFunc_args_TRAVERSEPROC);
    FIELD(_HPyFunc_args_TRAVERSEPROC, self);
    FIELD(_HPyFunc_args_TRAVERSEPROC, visit);
    FIELD(_HPyFunc_args_TRAVERSEPROC, arg);
    FIELD(_HPyFunc_args_TRAVERSEPROC, result);

    TYPE(_HPyFunc_args_RICHCMPFUNC);
    FIELD(_HPyFunc_args_RICHCMPFUNC, arg0);
    FIELD(_HPyFunc_args_RICHCMPFUNC, arg1);
    FIELD(_HPyFunc_args_RICHCMPFUNC, arg2);
    FIELD(_HPyFunc_args_RICHCMPFUNC, result);

    TYPE(_HPyFunc_args_MOD_CREATE);
    FIELD(_HPyFunc_args_MOD_CREATE, spec);
    FIELD(_HPyFunc_args_MOD_CREATE, result);

    TYPE(_HPyFunc_args_FREEFUNC);
    FIELD(_HPyFunc_args_FREEFUNC, arg0);

    TYPE(_HPyFunc_args_DESTRUCTOR);
    FIELD(_HPyFunc_args_DESTRUCTOR, arg0);

    /* Blocks named arg0..argN plus result. */
#define ARGS1(T) TYPE(T); FIELD(T, arg0); FIELD(T, result)
#define ARGS2(T) ARGS1(T); FIELD(T, arg1)
#define ARGS3(T) ARGS2(T); FIELD(T, arg2)
#define ARGS4(T) ARGS3(T); FIELD(T, arg3)
    ARGS1(_HPyFunc_args_UNARYFUNC);
    ARGS2(_HPyFunc_args_BINARYFUNC);
    ARGS3(_HPyFunc_args_TERNARYFUNC);
    ARGS1(_HPyFunc_args_INQUIRY);
    ARGS1(_HPyFunc_args_LENFUNC);
    ARGS2(_HPyFunc_args_SSIZEARGFUNC);
    ARGS3(_HPyFunc_args_SSIZESSIZEARGFUNC);
    ARGS3(_HPyFunc_args_SSIZEOBJARGPROC);
    ARGS4(_HPyFunc_args_SSIZESSIZEOBJARGPROC);
    ARGS3(_HPyFunc_args_OBJOBJARGPROC);
    ARGS2(_HPyFunc_args_GETATTRFUNC);
    ARGS2(_HPyFunc_args_GETATTROFUNC);
    ARGS3(_HPyFunc_args_SETATTRFUNC);
    ARGS3(_HPyFunc_args_SETATTROFUNC);
    ARGS1(_HPyFunc_args_REPRFUNC);
    ARGS1(_HPyFunc_args_HASHFUNC);
    ARGS1(_HPyFunc_args_GETITERFUNC);
    ARGS1(_HPyFunc_args_ITERNEXTFUNC);
    ARGS3(_HPyFunc_args_DESCRGETFUNC);
    ARGS3(_HPyFunc_args_DESCRSETFUNC);
    ARGS2(_HPyFunc_args_GETTER);
    ARGS3(_HPyFunc_args_SETTER);
    ARGS2(_HPyFunc_args_OBJOBJPROC);
}

static void enums(void)
{
    TYPE(HPy_SourceKind);
    ENUM(HPy_SourceKind_Expr);
    ENUM(HPy_SourceKind_File);
    ENUM(HPy_SourceKind_Single);

    TYPE(_HPyCapsule_key);
    ENUM(HPyCapsule_key_Pointer);
    ENUM(HPyCapsule_key_Name);
    ENUM(HPyCapsule_key_Context);
    ENUM(HPyCapsule_key_Destructor);

    TYPE(HPy_RichCmpOp);
    ENUM(HPy_LT);
    ENUM(HPy_LE);
    ENUM(HPy_EQ);
    ENUM(HPy_NE);
    ENUM(HPy_GT);
    ENUM(HPy_GE);

    TYPE(HPyType_BuiltinShape);
    ENUM(HPyType_BuiltinShape_Legacy);
    ENUM(HPyType_BuiltinShape_Object);
    ENUM(HPyType_BuiltinShape_Type);
    ENUM(HPyType_BuiltinShape_Long);
    ENUM(HPyType_BuiltinShape_Float);
    ENUM(HPyType_BuiltinShape_Unicode);
    ENUM(HPyType_BuiltinShape_Tuple);
    ENUM(HPyType_BuiltinShape_List);

    TYPE(HPyType_SpecParam_Kind);
    ENUM(HPyType_SpecParam_Base);
    ENUM(HPyType_SpecParam_BasesTuple);
    ENUM(HPyType_SpecParam_Metaclass);

    TYPE(HPyDef_Kind);
    ENUM(HPyDef_Kind_Slot);
    ENUM(HPyDef_Kind_Meth);
    ENUM(HPyDef_Kind_Member);
    ENUM(HPyDef_Kind_GetSet);

    TYPE(HPyMember_FieldType);
    ENUM(HPyMember_SHORT);
    ENUM(HPyMember_INT);
    ENUM(HPyMember_LONG);
    ENUM(HPyMember_FLOAT);
    ENUM(HPyMember_DOUBLE);
    ENUM(HPyMember_STRING);
    ENUM(HPyMember_OBJECT);
    ENUM(HPyMember_CHAR);
    ENUM(HPyMember_BYTE);
    ENUM(HPyMember_UBYTE);
    ENUM(HPyMember_USHORT);
    ENUM(HPyMember_UINT);
    ENUM(HPyMember_ULONG);
    ENUM(HPyMember_STRING_INPLACE);
    ENUM(HPyMember_BOOL);
    ENUM(HPyMember_OBJECT_EX);
    ENUM(HPyMember_LONGLONG);
    ENUM(HPyMember_ULONGLONG);
    ENUM(HPyMember_HPYSSIZET);
    ENUM(HPyMember_NONE);

    TYPE(HPyFunc_Signature);
    ENUM(HPyFunc_VARARGS);
    ENUM(HPyFunc_KEYWORDS);
    ENUM(HPyFunc_NOARGS);
    ENUM(HPyFunc_O);
    ENUM(HPyFunc_DESTROYFUNC);
    ENUM(HPyFunc_GETBUFFERPROC);
    ENUM(HPyFunc_RELEASEBUFFERPROC);
    ENUM(HPyFunc_UNARYFUNC);
    ENUM(HPyFunc_BINARYFUNC);
    ENUM(HPyFunc_TERNARYFUNC);
    ENUM(HPyFunc_INQUIRY);
    ENUM(HPyFunc_LENFUNC);
    ENUM(HPyFunc_SSIZEARGFUNC);
    ENUM(HPyFunc_SSIZESSIZEARGFUNC);
    ENUM(HPyFunc_SSIZEOBJARGPROC);
    ENUM(HPyFunc_SSIZESSIZEOBJARGPROC);
    ENUM(HPyFunc_OBJOBJARGPROC);
    ENUM(HPyFunc_FREEFUNC);
    ENUM(HPyFunc_GETATTRFUNC);
    ENUM(HPyFunc_GETATTROFUNC);
    ENUM(HPyFunc_SETATTRFUNC);
    ENUM(HPyFunc_SETATTROFUNC);
    ENUM(HPyFunc_REPRFUNC);
    ENUM(HPyFunc_HASHFUNC);
    ENUM(HPyFunc_RICHCMPFUNC);
    ENUM(HPyFunc_GETITERFUNC);
    ENUM(HPyFunc_ITERNEXTFUNC);
    ENUM(HPyFunc_DESCRGETFUNC);
    ENUM(HPyFunc_DESCRSETFUNC);
    ENUM(HPyFunc_INITPROC);
    ENUM(HPyFunc_NEWFUNC);
    ENUM(HPyFunc_GETTER);
    ENUM(HPyFunc_SETTER);
    ENUM(HPyFunc_OBJOBJPROC);
    ENUM(HPyFunc_TRAVERSEPROC);
    ENUM(HPyFunc_DESTRUCTOR);
    ENUM(HPyFunc_CAPSULE_DESTRUCTOR);
    ENUM(HPyFunc_VECTORCALLFUNC);
    ENUM(HPyFunc_MOD_CREATE);

    TYPE(HPySlot_Slot);
    ENUM(HPy_bf_getbuffer);
    ENUM(HPy_bf_releasebuffer);
    ENUM(HPy_mp_ass_subscript);
    ENUM(HPy_mp_length);
    ENUM(HPy_mp_subscript);
    ENUM(HPy_nb_absolute);
    ENUM(HPy_nb_add);
    ENUM(HPy_nb_and);
    ENUM(HPy_nb_bool);
    ENUM(HPy_nb_divmod);
    ENUM(HPy_nb_float);
    ENUM(HPy_nb_floor_divide);
    ENUM(HPy_nb_index);
    ENUM(HPy_nb_inplace_add);
    ENUM(HPy_nb_inplace_and);
    ENUM(HPy_nb_inplace_floor_divide);
    ENUM(HPy_nb_inplace_lshift);
    ENUM(HPy_nb_inplace_multiply);
    ENUM(HPy_nb_inplace_or);
    ENUM(HPy_nb_inplace_power);
    ENUM(HPy_nb_inplace_remainder);
    ENUM(HPy_nb_inplace_rshift);
    ENUM(HPy_nb_inplace_subtract);
    ENUM(HPy_nb_inplace_true_divide);
    ENUM(HPy_nb_inplace_xor);
    ENUM(HPy_nb_int);
    ENUM(HPy_nb_invert);
    ENUM(HPy_nb_lshift);
    ENUM(HPy_nb_multiply);
    ENUM(HPy_nb_negative);
    ENUM(HPy_nb_or);
    ENUM(HPy_nb_positive);
    ENUM(HPy_nb_power);
    ENUM(HPy_nb_remainder);
    ENUM(HPy_nb_rshift);
    ENUM(HPy_nb_subtract);
    ENUM(HPy_nb_true_divide);
    ENUM(HPy_nb_xor);
    ENUM(HPy_sq_ass_item);
    ENUM(HPy_sq_concat);
    ENUM(HPy_sq_contains);
    ENUM(HPy_sq_inplace_concat);
    ENUM(HPy_sq_inplace_repeat);
    ENUM(HPy_sq_item);
    ENUM(HPy_sq_length);
    ENUM(HPy_sq_repeat);
    ENUM(HPy_tp_call);
    ENUM(HPy_tp_hash);
    ENUM(HPy_tp_init);
    ENUM(HPy_tp_new);
    ENUM(HPy_tp_repr);
    ENUM(HPy_tp_richcompare);
    ENUM(HPy_tp_str);
    ENUM(HPy_tp_traverse);
    ENUM(HPy_nb_matrix_multiply);
    ENUM(HPy_nb_inplace_matrix_multiply);
    ENUM(HPy_tp_finalize);
    ENUM(HPy_tp_destroy);
    ENUM(HPy_mod_create);
    ENUM(HPy_mod_exec);
}

int main(void)
{
    scalars();
    macros();
    context();
    handles();
    definitions();
    types_and_modules();
    trampoline_args();
    enums();
    return 0;
}
