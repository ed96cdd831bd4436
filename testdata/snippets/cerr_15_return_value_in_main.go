fmt.Println("start")
if len(os.Args) > 5 {
	return 1
}
