package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// Environ reflects Setenv/Unsetenv; Hostname agrees with the kernel's file.
func main() {
	os.Setenv("MG_ENV_B", "two=2")
	os.Setenv("MG_ENV_A", "one")
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "MG_ENV_") {
			mine = append(mine, kv)
		}
		if !strings.Contains(kv, "=") {
			fmt.Println("malformed:", kv)
		}
	}
	sort.Strings(mine)
	fmt.Println(mine)
	os.Unsetenv("MG_ENV_B")
	os.Setenv("MG_ENV_A", "")
	mine = nil
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "MG_ENV_") {
			mine = append(mine, kv)
		}
	}
	fmt.Printf("%q\n", mine)
	v, ok := os.LookupEnv("MG_ENV_A")
	fmt.Printf("%q %v\n", v, ok)

	name, err := os.Hostname()
	fmt.Println(err, name != "")
	b, err := os.ReadFile("/proc/sys/kernel/hostname")
	if err == nil {
		fmt.Println(strings.TrimSpace(string(b)) == name)
	} else {
		fmt.Println(true)
	}
}
