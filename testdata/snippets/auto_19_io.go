r := strings.NewReader("abcdefg")
buf := make([]byte, 3)
for {
	n, err := r.Read(buf)
	if err == io.EOF {
		fmt.Println("EOF")
		break
	}
	fmt.Printf("%d %q\n", n, buf[:n])
}
io.WriteString(os.Stdout, "io.WriteString\n")
var w io.Writer = os.Stdout
fmt.Fprintln(w, "through an io.Writer")
data, err := io.ReadAll(strings.NewReader("all of it"))
fmt.Println(string(data), err)
