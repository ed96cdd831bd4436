package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var a int32
	atomic.StoreInt32(&a, 10)
	fmt.Println(atomic.SwapInt32(&a, 20), a)
	fmt.Println(atomic.CompareAndSwapInt32(&a, 10, 30), a)
	fmt.Println(atomic.CompareAndSwapInt32(&a, 20, 30), a)
	var b int64 = -1
	fmt.Println(atomic.SwapInt64(&b, 1<<40), atomic.LoadInt64(&b))
	fmt.Println(atomic.CompareAndSwapInt64(&b, 1<<40, 5), b)
	var c uint32
	atomic.StoreUint32(&c, 0xffffffff)
	fmt.Println(atomic.AddUint32(&c, 1))
	var d uint64
	atomic.StoreUint64(&d, 7)
	fmt.Println(atomic.SwapUint64(&d, 8), atomic.CompareAndSwapUint64(&d, 8, 9), d)
	var p uintptr
	atomic.StoreUintptr(&p, 3)
	fmt.Println(atomic.SwapUintptr(&p, 4), atomic.CompareAndSwapUintptr(&p, 4, 5), atomic.LoadUintptr(&p))
}
