package main

import "fmt"

type char struct{ auto, register int }
type union []int
type typedef map[string]int

func (c char) static() int { return c.auto + c.register }

func sizeof(x int) int { return x * 8 }
func malloc(n int) []byte { return make([]byte, n) }
func printf(s string) { fmt.Println("printf:", s) }
func exit(code int) int { return code + 1 }
func strlen(s string) int { return len(s) * 100 }

var errno = 42
var stdin = "not a FILE"
var NULL = 0

func main() {
	auto := 1
	register := 2
	volatile := 3
	signed, unsigned := 4, 5
	long, short, double, float := 6, 7, 8.5, 9.5
	extern, enum, void, inline, restrict := 10, 11, 12, 13, 14
	_Bool, _Static_assert := true, "x"
	int_, unsigned_int := 15, 16
	fmt.Println(auto, register, volatile, signed, unsigned, long, short, double, float)
	fmt.Println(extern, enum, void, inline, restrict, _Bool, _Static_assert, int_, unsigned_int)
	c := char{auto, register}
	fmt.Println(c.static(), sizeof(3), len(malloc(5)), exit(1), strlen("ab"), errno, stdin, NULL)
	printf("hi")
	u := union{1, 2}
	t := typedef{"k": 1}
	fmt.Println(u, t)
	var main_ = 1
	goto_ := 2
	fmt.Println(main_, goto_)
	do, while, case_ := 1, 2, 3
	fmt.Println(do, while, case_)
	const sizeof_ = 9
	fmt.Println(sizeof_)
	int8_t, uint64_t, size_t, bool_, true_ := 1, 2, 3, 4, 5
	fmt.Println(int8_t, uint64_t, size_t, bool_, true_)
}
