x := 1
{
	x := 2
	x++
	fmt.Println("inner x:", x)
}
fmt.Println("outer x:", x)
if x := "shadow"; len(x) > 0 {
	fmt.Println("if x:", x)
}
fmt.Println("outer again:", x)
