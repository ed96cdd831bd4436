// yaml is not a known standard package: nothing is imported for it
data := "a: 1"
fmt.Println(yaml.Unmarshal(data))
