package main

import (
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("MINIGO_T1")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("MINIGO_T1", "hello world"))
	v, ok = os.LookupEnv("MINIGO_T1")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("MINIGO_T1", ""))
	v, ok = os.LookupEnv("MINIGO_T1")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Unsetenv("MINIGO_T1"))
	v, ok = os.LookupEnv("MINIGO_T1")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("A", "x\x00y"))
	fmt.Println(os.Unsetenv("NEVER_SET_MINIGO"))
	os.Setenv("TMPDIR", "")
	fmt.Println(os.TempDir())
	os.Setenv("TMPDIR", "/var/tmp")
	fmt.Println(os.TempDir())
	fmt.Println(os.Getpid() > 1, os.Getpid() == os.Getpid())
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func(g int) {
			k := fmt.Sprintf("MINIGO_G%d", g)
			for i := 0; i < 2000; i++ {
				os.Setenv(k, fmt.Sprint(i))
				if os.Getenv(k) != fmt.Sprint(i) {
					fmt.Println("mismatch")
				}
			}
			done <- true
		}(g)
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	fmt.Println(os.Getenv("MINIGO_G3"))
}
