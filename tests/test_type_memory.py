"""A million instances of a type with HPyFields, half of them in reference
cycles, are created and destroyed: the process's memory must stay flat.
This checks tp_traverse/tp_clear/dealloc of HPy types and HPyField storage
(runtime: type_/lifecycle.rs, field.rs). It measures memory, not time."""

import pytest

SOURCE = """
    #include <stddef.h>

    typedef struct { HPyField other; } NodeObject;
    HPyType_HELPERS(NodeObject)

    static HPyGlobal Node_Type;

    HPyDef_SLOT(Node_traverse, HPy_tp_traverse)
    static int Node_traverse_impl(void *self, HPyFunc_visitproc visit, void *arg)
    {
        NodeObject *n = (NodeObject *)self;
        HPy_VISIT(&n->other);
        return 0;
    }

    static HPyDef *Node_defines[] = { &Node_traverse, NULL };
    static HPyType_Spec Node_spec = {
        .name = "mytest.Node",
        .basicsize = sizeof(NodeObject),
        .flags = HPy_TPFLAGS_DEFAULT | HPy_TPFLAGS_HAVE_GC,
        .defines = Node_defines,
    };

    /* churn(n): create n pairs a <-> b linked through HPyFields (a cycle
       when the argument is true, a -> b only otherwise), and drop them. */
    HPyDef_METH(churn, "churn", HPyFunc_VARARGS)
    static HPy churn_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
    {
        long n = HPyLong_AsLong(ctx, args[0]);
        int cycle = HPy_IsTrue(ctx, args[1]);
        HPy type = HPyGlobal_Load(ctx, Node_Type);
        if (HPy_IsNull(type))
            return HPy_NULL;
        for (long i = 0; i < n; i++) {
            NodeObject *pa, *pb;
            HPy a = HPy_New(ctx, type, &pa);
            HPy b = HPy_New(ctx, type, &pb);
            if (HPy_IsNull(a) || HPy_IsNull(b)) {
                HPy_Close(ctx, a);
                HPy_Close(ctx, b);
                HPy_Close(ctx, type);
                return HPy_NULL;
            }
            HPyField_Store(ctx, a, &pa->other, b);
            if (cycle)
                HPyField_Store(ctx, b, &pb->other, a);
            HPy_Close(ctx, a);
            HPy_Close(ctx, b);
        }
        HPy_Close(ctx, type);
        return HPy_Dup(ctx, ctx->h_None);
    }

    HPyDef_SLOT(mod_exec, HPy_mod_exec)
    static int mod_exec_impl(HPyContext *ctx, HPy module)
    {
        HPy type = HPyType_FromSpec(ctx, &Node_spec, NULL);
        if (HPy_IsNull(type))
            return -1;
        HPyGlobal_Store(ctx, &Node_Type, type);
        HPy_Close(ctx, type);
        return 0;
    }

    @EXPORT(churn)
    @EXPORT(mod_exec)
    @EXPORT_GLOBAL(Node_Type)
    @INIT
"""

MEASURE = """
    import gc

    def rss_kib():
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * 4

    mod.churn(100_000, True)          # warm up allocator and GC
    gc.collect()
    before = rss_kib()
    for _ in range(5):
        mod.churn(100_000, True)      # 5 x 100k cycles ...
        mod.churn(100_000, False)     # ... and 5 x 100k plain pairs
    gc.collect()
    after = rss_kib()
    print(before, after)
"""


@pytest.mark.hpy_abis("universal", "cpython", "hybrid")
def test_a_million_instances_with_fields_keep_memory_flat(compiler):
    built = compiler.compile_module(SOURCE)
    proc = compiler.run_with_module(built, MEASURE, timeout=600)
    assert proc.returncode == 0, proc.stderr
    before, after = map(int, proc.stdout.split())
    # 2,000,000 objects went through; if even one in a hundred leaked
    # (≥ 32 bytes each), memory would grow by more than 600 KiB.
    assert after - before < 512, "RSS grew from %d KiB to %d KiB" % (before, after)
