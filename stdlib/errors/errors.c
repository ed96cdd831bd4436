/* errors.c — errors.As's assignment: does err's dynamic type fit the type
 * target points to?  If so, store it (Go: reflectlite's Set). */
#include "rt.h"

#include <string.h>

bool errors_assignTo(go_iface err, go_eface target)
{
	const rt_type *pt = target.type;
	if (!pt || pt->kind != RT_POINTER || !target.data)
		rt_panic_string(GO_STR("errors: target must be a non-nil pointer"));
	const rt_type *want = pt->elem;
	const rt_type *have = err.itab ? err.itab->type : NULL;
	if (!have)
		return false;
	if (want->kind == RT_INTERFACE) {
		if (want->nimethods == 0) {
			*(go_eface *)target.data = (go_eface){have, err.data};
			return true;
		}
		const rt_itab *it = rt_getitab(want, have, true);
		if (!it)
			return false;
		*(go_iface *)target.data = (go_iface){it, err.data};
		return true;
	}
	if (have != want)
		return false;
	if (have->flags & RT_DIRECTIFACE)
		memcpy(target.data, &err.data, have->size);
	else
		memcpy(target.data, err.data, have->size);
	return true;
}
