r := bufio.NewReader(os.Stdin)
for {
	line, err := r.ReadString('\n')
	if err == io.EOF {
		break
	}
	fmt.Printf("%q\n", strings.TrimSuffix(line, "\n"))
}
fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), string(strconv.AppendInt([]byte("n="), 42, 10)))
i := sort.Search(100, func(i int) bool { return i*i >= 50 })
fmt.Println(i)
