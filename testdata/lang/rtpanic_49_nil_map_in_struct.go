package main

import "fmt"

type Config struct {
	values map[string]string
}

func (c *Config) Set(k, v string) { c.values[k] = v }

func main() {
	c := &Config{}
	fmt.Println(c.values["x"] == "")
	c.Set("a", "b")
}
