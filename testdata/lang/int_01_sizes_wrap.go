package main

import "fmt"

func main() {
	var i8 int8 = 100
	var u8 uint8 = 200
	var i16 int16 = 30000
	var u16 uint16 = 60000
	var i32 int32 = 2000000000
	var u32 uint32 = 4000000000
	var i64 int64 = 9000000000000000000
	var u64 uint64 = 18000000000000000000
	for k := 0; k < 2; k++ {
		i8 += 100
		u8 += 100
		i16 += 30000
		u16 += 30000
		i32 += 2000000000
		u32 += 2000000000
		i64 += 9000000000000000000
		u64 += 9000000000000000000
		fmt.Println(i8, u8, i16, u16, i32, u32, i64, u64)
	}
	var m8 int8 = 16
	fmt.Println(m8 * 16, m8 * 8, m8 * -8)
}
