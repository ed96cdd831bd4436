/*
 * data.h — internal declarations shared by the runtime's data files
 * (types.c, string.c, slice.c, map.c, iface.c, error.c, print.c) and the C
 * parts of the standard library that inspect values (stdlib/fmt/fmt.c).
 * Generated code never includes it; everything it needs is in rt.h.
 */
#ifndef RT_DATA_H
#define RT_DATA_H

#include "rt.h"

/* types.c: func types of the methods the runtime knows by name. */
extern const rt_type rt_T_func_void;   /* func()  (RuntimeError) */

/* A pointer to the value an interface holds (its data word itself for
 * RT_DIRECTIFACE types). */
static inline void *rt_efacevalue(const go_eface *e)
{
	return (e->type->flags & RT_DIRECTIFACE) ? (void *)&e->data : e->data;
}

/* types.c: the method of t called name whose type is func() string, or NULL. */
const rt_method *rt_findmethod(const rt_type *t, const char *name, const rt_type *mtyp);
bool rt_sametype(const rt_type *a, const rt_type *b);

/* string.c */
go_string rt_gostring(const char *s);             /* copies a C string */
go_string rt_gostringn(const void *p, go_int n);  /* copies n bytes */
go_int rt_encoderune(uint8_t *p, go_rune r);      /* 1..4 bytes; invalid: U+FFFD */
go_int rt_runecount(go_string s);

/* slice.c: Go's malloc size classes. */
uintptr_t rt_roundupsize(uintptr_t size);

/* error.c: panics with the runtime's error types. */
_Noreturn void rt_panic_errorstring(go_string msg); /* "runtime error: " + msg */
_Noreturn void rt_panic_plainerror(go_string msg);  /* msg as is */
_Noreturn void rt_panic_typeassert(const rt_type *iface, const rt_type *concrete,
                                   const rt_type *asserted, const char *missing);
/* error.c: the runtime's error types (%T: runtime.errorString, ...). */
extern const rt_type rt_T_runtime_errorString, rt_T_runtime_plainError,
	rt_T_runtime_boundsError, rt_T_runtime_TypeAssertionError,
	rt_T_runtime_TypeAssertionError_ptr;

/* The text Go prints for an error or Stringer panic value (calls the
 * method), or false if v is neither. */
bool rt_panicval_method(go_eface v, go_string *out);

#endif
