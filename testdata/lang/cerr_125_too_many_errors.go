package main

func main() {
	a1 := u1
	a2 := u2
	a3 := u3
	a4 := u4
	a5 := u5
	a6 := u6
	a7 := u7
	a8 := u8
	a9 := u9
	a10 := u10
	a11 := u11
	_, _, _, _, _, _, _, _, _, _, _ = a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11
}
