package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	name := "MINIGO_TEST_SURELY_UNSET_VAR_12345"
	fmt.Printf("%q\n", os.Getenv(name))
	v, ok := os.LookupEnv(name)
	fmt.Printf("%q %v\n", v, ok)
	dir, err := os.MkdirTemp("", "minigo-os02-") // a directory of its own
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	p := dir + "/data.txt"
	f, err := os.Create(p)
	fmt.Println(err)
	n, err := f.WriteString("line one\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "value=%d\n", 42)
	fmt.Println(n, err)
	fmt.Println(f.Close())
	f, err = os.Open(p)
	fmt.Println(err)
	data, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", data, err)
	f.Close()
	f, err = os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0o644)
	fmt.Println(err)
	f.Write([]byte("appended\n"))
	f.Close()
	data, _ = os.ReadFile(p)
	fmt.Printf("%q\n", data)
	fmt.Println(os.Remove(p))
	_, err = os.Open(p)
	fmt.Println(err != nil)
}
