fmt.Println("argc:", len(os.Args)-1)
for i, a := range os.Args[1:] {
	fmt.Printf("%d=%q\n", i+1, a)
}
