fmt.Println("first")
if len(os.Args) > 0 {
	fmt.Println("returning from the wrapped main")
	return
}
fmt.Println("not reached")
