n := 5
if n {
	fmt.Println("yes")
}
